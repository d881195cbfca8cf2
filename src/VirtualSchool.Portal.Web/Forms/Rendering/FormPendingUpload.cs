using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>A file posted to a shown upload field that passed the checks, to be kept once the step is accepted.</summary>
public sealed record FormPendingUpload(FormField Field, IFormFile File);
