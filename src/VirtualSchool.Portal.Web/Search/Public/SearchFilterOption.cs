namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>A choice in one of the results' filters: its value in the address, its label, how many results it has.</summary>
public sealed record SearchFilterOption(string Value, string Label, int Count, bool Selected);
