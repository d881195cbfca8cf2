namespace VirtualSchool.Portal.Core.Content;

/// <summary>A host name or path bound to a site root (Umbraco's "culture and hostnames").</summary>
public sealed class Domain
{
    public Guid Key { get; set; }
    public string Name { get; set; } = "";
    public Guid RootKey { get; set; }
    public string? Language { get; set; }
    public bool IsWildcard { get; set; }
}
