namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>The three terms of an English school year, in the order they fall.</summary>
public enum SchoolTerm
{
    Autumn = 1,
    Spring = 2,
    Summer = 3,
}
