using System.Text.Json;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// The steps of a placed form and how one is drawn. A step shows the fields that are shown for the answers so far;
/// a field, fieldset whose condition depends on an answer on the same step is drawn too (so a person without
/// JavaScript can answer it) with its condition as JSON for the browser's script, which hides it at once when the
/// condition does not hold. The server decides again when the step is posted: a hidden field is never validated or stored.
/// </summary>
public sealed class FormSteps(FormChoices choices, FormFieldTypeCollection types)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string BaseUrl(PlacedForm placed) => $"/forms/{placed.Form.Key:D}/{placed.Page.Key:D}";

    public static string StepUrl(PlacedForm placed, FormPage step) => $"{BaseUrl(placed)}/steps/{step.Key:D}";

    public static string CheckUrl(PlacedForm placed) => BaseUrl(placed) + "/check";

    public static string SentUrl(PlacedForm placed) => BaseUrl(placed) + "/sent";

    /// <summary>The pages completed so far (kept in the progress under <see cref="FormProgressStore.CompletedSteps"/>).</summary>
    public static HashSet<Guid> Completed(IReadOnlyDictionary<Guid, List<string>> answers) =>
        answers.TryGetValue(FormProgressStore.CompletedSteps, out var done) ? done.Select(d => Guid.TryParse(d, out var k) ? k : Guid.Empty).ToHashSet() : [];

    /// <summary>The first shown step not yet completed: where a returning person carries on (null when all are done).</summary>
    public static FormPage? Resume(FormDefinition form, IReadOnlyDictionary<Guid, List<string>> answers)
    {
        var done = Completed(answers);
        return FormVisibility.For(form, answers).ShownPages.FirstOrDefault(p => !done.Contains(p.Key));
    }

    public async Task<FormStepModel> BuildAsync(
        PlacedForm placed, FormPage step, IReadOnlyDictionary<Guid, List<string>> answers, IReadOnlyDictionary<Guid, string> errors,
        IReadOnlyDictionary<Guid, string> fileNames, bool inline, bool returnToCheck, CancellationToken cancellationToken)
    {
        var form = placed.Form;
        var visibility = FormVisibility.For(form, answers);
        var shown = visibility.ShownPages.ToList();
        var index = Math.Max(0, shown.IndexOf(step));
        var onStep = step.Fieldsets.SelectMany(f => f.Fields).Select(f => f.Key).ToHashSet();
        var names = form.AllFields.ToDictionary(f => f.Key, f => FormFieldModel.NameOf(f));
        var useDefaults = !Completed(answers).Contains(step.Key);
        var referenced = new HashSet<Guid>();

        var fieldsets = new List<FormFieldsetModel>();
        foreach (var fieldset in step.Fieldsets)
        {
            var fieldsetDepends = Depends(fieldset.Condition, onStep);
            if (!visibility.IsShown(fieldset) && !fieldsetDepends)
            {
                continue;
            }

            var fields = new List<FormFieldModel>();
            foreach (var field in fieldset.Fields)
            {
                var fieldDepends = Depends(field.Condition, onStep);
                if (types.Find(field.FieldTypeId) is not { } type || (visibility.IsShown(fieldset) && !visibility.IsShown(field) && !fieldDepends))
                {
                    continue;
                }

                var values = answers.TryGetValue(field.Key, out var given) ? given : useDefaults ? type.Defaults(field) : [];
                fields.Add(new FormFieldModel(
                    field, type, values, await choices.ForAsync(field, cancellationToken), errors.GetValueOrDefault(field.Key),
                    fieldDepends ? ConditionJson(field.Condition!, names, referenced) : null, fileNames.GetValueOrDefault(field.Key)));
            }

            fieldsets.Add(new FormFieldsetModel(fieldset, fieldsetDepends ? ConditionJson(fieldset.Condition!, names, referenced) : null, fields));
        }

        var errorList = fieldsets.SelectMany(f => f.Fields).Where(f => f.Error is not null).Select(f => new FormError(ErrorTarget(f), f.Error!)).ToList();
        var known = referenced.Where(k => !onStep.Contains(k) && visibility.Visible().ContainsKey(k)).ToDictionary(k => names[k], k => answers[k]);
        return new FormStepModel(
            placed, step, index + 1, shown.Count, fieldsets, errorList, StepUrl(placed, step),
            inline ? null : returnToCheck ? CheckUrl(placed) : index > 0 ? StepUrl(placed, shown[index - 1]) : placed.Page.Route,
            IsLast: index == shown.Count - 1, returnToCheck, JsonSerializer.Serialize(known, Json), inline);
    }

    /// <summary>The control an error links to: the first box of a date, the first choice of a group, else the field.</summary>
    public static string ErrorTarget(FormFieldModel field) => field.Type is DateFieldType ? field.Id + "-day" : field.Id;

    private static bool Depends(FormCondition? condition, HashSet<Guid> onStep) =>
        condition is { Rules.Count: > 0 } && condition.Rules.Any(r => onStep.Contains(r.Field));

    /// <summary>A condition as the browser's script reads it: rules by the posted names of the fields they compare.</summary>
    private static string ConditionJson(FormCondition condition, Dictionary<Guid, string> names, HashSet<Guid> referenced)
    {
        foreach (var rule in condition.Rules)
        {
            referenced.Add(rule.Field);
        }

        return JsonSerializer.Serialize(new
        {
            actionType = condition.ActionType.ToString(),
            logicType = condition.LogicType.ToString(),
            rules = condition.Rules.Select(r => new { field = names.GetValueOrDefault(r.Field, ""), @operator = r.Operator.ToString(), value = r.Value }),
        }, Json);
    }
}
