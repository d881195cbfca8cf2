namespace VirtualSchool.Portal.Core.Forms;

/// <summary>A folder of forms in the back office (folders may hold folders).</summary>
public sealed class FormFolder
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public string Name { get; set; } = "";

    public Guid? ParentKey { get; set; }

    public DateTime CreatedAt { get; set; }
}
