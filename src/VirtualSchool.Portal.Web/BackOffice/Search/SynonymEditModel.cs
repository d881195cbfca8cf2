namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>A synonym group's form: <see cref="Id"/> 0 for a new group; the terms as typed, one per line.</summary>
public sealed record SynonymEditModel(int Id, string Terms);
