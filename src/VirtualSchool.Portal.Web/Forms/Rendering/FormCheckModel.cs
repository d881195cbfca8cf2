using VirtualSchool.Portal.Core;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>GOV.UK's "Check your answers" page before the submit.</summary>
public sealed record FormCheckModel(PlacedForm Placed, IReadOnlyList<FormCheckRow> Rows, string Action, string BackUrl, IReadOnlyList<FormError> Errors);
