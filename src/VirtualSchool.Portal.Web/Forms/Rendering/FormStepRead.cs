using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>A step as posted: every answer so far with the step's replaced, the errors by field, and the files to keep.</summary>
public sealed record FormStepRead(Dictionary<Guid, List<string>> Answers, Dictionary<Guid, string> Errors, List<FormPendingUpload> Uploads);
