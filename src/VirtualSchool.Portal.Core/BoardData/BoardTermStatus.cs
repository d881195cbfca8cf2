namespace VirtualSchool.Portal.Core.BoardData;

/// <summary>A term's figures are a draft (the data officer's alone) until published to the Board; published terms never change.</summary>
public enum BoardTermStatus
{
    Draft = 0,
    Published = 1,
}
