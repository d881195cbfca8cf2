namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>A kind of item the portal reads but does not keep.</summary>
public sealed record USyncIgnored(string File, Guid Key, string Alias, string Kind, string Reason) : USyncItem(File, Key, Alias)
{
    public override string ItemType => Kind;
}
