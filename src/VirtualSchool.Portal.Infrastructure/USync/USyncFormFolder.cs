namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>A folder of forms read from <c>Forms/</c> (root element <c>FormFolder</c>), imported before the forms that live in it.</summary>
public sealed record USyncFormFolder(string File, Guid Key, string Alias, string Name, Guid? ParentKey) : USyncItem(File, Key, Alias)
{
    public override string ItemType => "FormFolder";
}
