using System.Globalization;

namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// Which pages, fieldsets and fields of a form are shown for a set of answers. The server decides with this on every
/// step and at submit (the browser's script only gives earlier feedback): a field is shown when its page, its fieldset
/// and its own condition all are, and the answer of a hidden field counts as empty in other fields' rules, is never
/// validated and is never stored (<see cref="Visible"/>). Conditions that depend on each other in a loop count the
/// fields in the loop as empty.
/// </summary>
public sealed class FormVisibility
{
    private readonly FormDefinition _form;
    private readonly IReadOnlyDictionary<Guid, List<string>> _answers;
    private readonly Dictionary<Guid, (FormPage Page, FormFieldset Fieldset, FormField Field)> _fields = [];
    private readonly Dictionary<object, bool> _known = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _deciding = new(ReferenceEqualityComparer.Instance);

    private FormVisibility(FormDefinition form, IReadOnlyDictionary<Guid, List<string>> answers)
    {
        _form = form;
        _answers = answers;
        foreach (var page in form.Pages)
        {
            foreach (var fieldset in page.Fieldsets)
            {
                foreach (var field in fieldset.Fields)
                {
                    _fields[field.Key] = (page, fieldset, field);
                }
            }
        }
    }

    public static FormVisibility For(FormDefinition form, IReadOnlyDictionary<Guid, List<string>> answers) => new(form, answers);

    public bool IsShown(FormPage page) => Decide(page, page.Condition, () => true);

    public bool IsShown(FormFieldset fieldset) =>
        Decide(fieldset, fieldset.Condition, () => _form.Pages.FirstOrDefault(p => p.Fieldsets.Contains(fieldset)) is not { } page || IsShown(page));

    public bool IsShown(FormField field) =>
        Decide(field, field.Condition, () => !_fields.TryGetValue(field.Key, out var place) || (IsShown(place.Page) && IsShown(place.Fieldset)));

    /// <summary>The shown pages, in order: the steps a person goes through.</summary>
    public IReadOnlyList<FormPage> ShownPages => _form.Pages.Where(IsShown).ToList();

    /// <summary>The answers of shown fields only: what may be validated and stored.</summary>
    public Dictionary<Guid, List<string>> Visible()
    {
        var kept = new Dictionary<Guid, List<string>>();
        foreach (var (key, values) in _answers)
        {
            if (_fields.TryGetValue(key, out var place) && IsShown(place.Field))
            {
                kept[key] = values;
            }
        }

        return kept;
    }

    private bool Decide(object element, FormCondition? condition, Func<bool> parentShown)
    {
        if (_known.TryGetValue(element, out var known))
        {
            return known;
        }

        if (!_deciding.Add(element))
        {
            // A loop of conditions: the element asked about again while deciding counts as hidden (its answer empty).
            return false;
        }

        try
        {
            var shown = parentShown() && Applies(condition);
            _known[element] = shown;
            return shown;
        }
        finally
        {
            _deciding.Remove(element);
        }
    }

    private bool Applies(FormCondition? condition)
    {
        if (condition is null || condition.Rules.Count == 0)
        {
            return true;
        }

        var matched = condition.LogicType == ConditionLogic.All
            ? condition.Rules.All(Matches)
            : condition.Rules.Any(Matches);
        return condition.ActionType == ConditionAction.Show ? matched : !matched;
    }

    private bool Matches(FormConditionRule rule)
    {
        var answers = AnswersOf(rule.Field);
        return Matches(rule.Operator, answers, rule.Value);
    }

    private List<string> AnswersOf(Guid fieldKey)
    {
        if (!_fields.TryGetValue(fieldKey, out var place) || !IsShown(place.Field))
        {
            return [];
        }

        return _answers.TryGetValue(fieldKey, out var values) ? values : [];
    }

    /// <summary>One rule's comparison, shared with the tests and the browser script's expectations.</summary>
    public static bool Matches(ConditionOperator op, IReadOnlyList<string> answers, string value)
    {
        var given = answers.Where(a => !string.IsNullOrEmpty(a)).ToList();
        return op switch
        {
            ConditionOperator.Is => given.Count == 0 ? value.Length == 0 : given.Any(a => Same(a, value)),
            ConditionOperator.IsNot => given.Count == 0 ? value.Length != 0 : !given.Any(a => Same(a, value)),
            ConditionOperator.Contains => given.Any(a => a.Contains(value, StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.NotContains => !given.Any(a => a.Contains(value, StringComparison.OrdinalIgnoreCase)),
            ConditionOperator.GreaterThan => Compare(given, value, Number) is > 0,
            ConditionOperator.LessThan => Compare(given, value, Number) is < 0,
            ConditionOperator.After => Compare(given, value, Date) is > 0,
            ConditionOperator.Before => Compare(given, value, Date) is < 0,
            _ => false,
        };
    }

    private static bool Same(string answer, string value) => string.Equals(answer.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase);

    private static int? Compare<T>(List<string> answers, string value, Func<string, T?> parse)
        where T : struct, IComparable<T>
    {
        if (answers.Count == 0 || parse(value) is not { } target || parse(answers[0]) is not { } answer)
        {
            return null;
        }

        return answer.CompareTo(target);
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
