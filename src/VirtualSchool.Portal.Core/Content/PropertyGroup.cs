namespace VirtualSchool.Portal.Core.Content;

/// <summary>A tab or group on a content type.</summary>
public sealed record PropertyGroup(string Alias, string Name, string Type, int SortOrder, Guid? Key = null);
