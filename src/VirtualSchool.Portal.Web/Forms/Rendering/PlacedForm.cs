using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>A form as placed on a page: the form and the published page that picks it.</summary>
public sealed record PlacedForm(FormDefinition Form, PublishedContent Page);
