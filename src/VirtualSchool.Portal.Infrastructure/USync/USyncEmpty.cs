namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>uSync's "Empty" file: a marker that an item was deleted or renamed on the source site.</summary>
public sealed record USyncEmpty(string File, Guid Key, string Alias, string Change, string Folder) : USyncItem(File, Key, Alias)
{
    public override string ItemType => "Empty";
}
