using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>A form read from <c>Forms/</c>: uSync.Forms' file, the form's JSON inside.</summary>
public sealed record USyncForm(string File, Guid Key, string Alias, FormDefinition Form) : USyncItem(File, Key, Alias)
{
    public override string ItemType => "Form";
}
