namespace VirtualSchool.Portal.Core.Access;

/// <summary>
/// One stored restriction, as Umbraco's public access: the item and the member groups allowed to see it.
/// Groups are stored by name, as the member principal carries them.
/// </summary>
public sealed class PublicAccessRule
{
    public int Id { get; set; }
    public PublicAccessTarget Target { get; set; }
    public Guid ItemKey { get; set; }

    /// <summary>The allowed member groups' names.</summary>
    public List<string> Groups { get; set; } = [];

    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
