using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>The form's name and settings as typed, with the picker for the page to go to after a submit.</summary>
public sealed record FormSettingsModel(FormDefinition Form, string Name, FormSettings Settings, PagePicker GoTo, int Version);
