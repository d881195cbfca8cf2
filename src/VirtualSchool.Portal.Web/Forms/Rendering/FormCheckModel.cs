using VirtualSchool.Portal.Core;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>One answer on "Check your answers": the question, the answer in words, and where to change it.</summary>
public sealed record FormCheckRow(string Question, string Answer, string ChangeUrl, string Name);

/// <summary>GOV.UK's "Check your answers" page before the submit.</summary>
public sealed record FormCheckModel(PlacedForm Placed, IReadOnlyList<FormCheckRow> Rows, string Action, string BackUrl, IReadOnlyList<FormError> Errors);
