using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A folder's own screen: rename it, or delete it when empty; <see cref="Name"/> as typed.</summary>
public sealed record FormFolderModel(FormFolder Folder, string Name);
