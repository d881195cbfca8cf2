using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Moving a form to another folder.</summary>
public sealed record FormMoveModel(FormDefinition Form, IReadOnlyList<FormFolder> Folders);
