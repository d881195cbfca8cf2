using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A new form: its name and folder, as typed.</summary>
public sealed record FormCreateModel(string Name, Guid? Folder, IReadOnlyList<FormFolder> Folders);
