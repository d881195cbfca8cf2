using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// One step (a page of the form) as drawn: inline on the host page (the first step, the same for every reader) or on
/// the form's own step page (with the person's answers, errors and a Back link).
/// </summary>
public sealed record FormStepModel(
    PlacedForm Placed,
    FormPage Step,
    int Number,
    int Count,
    IReadOnlyList<FormFieldsetModel> Fieldsets,
    IReadOnlyList<FormError> Errors,
    string Action,
    string? BackUrl,
    bool IsLast,
    bool ReturnToCheck,
    string AnswersJson,
    bool Inline)
{
    public FormDefinition Form => Placed.Form;

    public PublishedContent Page => Placed.Page;

    public string Heading => string.IsNullOrWhiteSpace(Step.Caption) ? Form.Name : Step.Caption;

    /// <summary>"Continue", or the submit label on the last step of a form without a check page.</summary>
    public string ButtonLabel => IsLast && !Form.Settings.CheckAnswers
        ? (string.IsNullOrWhiteSpace(Form.Settings.SubmitLabel) ? "Send" : Form.Settings.SubmitLabel)
        : (string.IsNullOrWhiteSpace(Form.Settings.NextLabel) ? "Continue" : Form.Settings.NextLabel);

    public bool HasFiles => Fieldsets.SelectMany(f => f.Fields).Any(f => f.Type.IsFile);

    public bool HasConditions => Fieldsets.Any(f => f.ConditionJson is not null) || Fieldsets.SelectMany(f => f.Fields).Any(f => f.ConditionJson is not null);
}
