using Microsoft.AspNetCore.Http;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// The conditions editor shared by the page, fieldset and question screens: Show or Hide, All or Any, and rules (a field
/// of the form that is not the element itself nor inside it, an operator, a value). Rows with no field are left out;
/// two empty rows are drawn under the rules, and "Add another rule" draws more.
/// </summary>
public sealed record ConditionEditor(FormCondition? Condition, IReadOnlyList<FormField> Fields, int Rows)
{
    public const int MaxRules = 50;

    /// <summary>The editor for an element: <paramref name="inside"/> are the fields that are the element or in it.</summary>
    public static ConditionEditor For(FormDefinition form, FormCondition? condition, IReadOnlyCollection<Guid> inside, Func<FormField, bool> storesValue, int extra = 2) =>
        new(condition, form.AllFields.Where(f => !inside.Contains(f.Key) && storesValue(f)).ToList(), Math.Min(MaxRules, (condition?.Rules.Count ?? 0) + extra));

    /// <summary>The condition as posted, or null for none; errors name the rule's row (<c>rule-field-0</c>).</summary>
    public static FormCondition? Read(IFormCollection posted, FormDefinition form, IReadOnlyCollection<Guid> inside, FormErrors errors)
    {
        var action = posted["condition"].ToString();
        if (action.Length == 0)
        {
            return null;
        }

        if (!Enum.TryParse<ConditionAction>(action, out var act) || !Enum.IsDefined(act)
            || !Enum.TryParse<ConditionLogic>(posted["logic"].ToString() is { Length: > 0 } l ? l : "All", out var logic) || !Enum.IsDefined(logic))
        {
            errors.Add("condition", "Select whether the condition shows or hides it");
            return new FormCondition();
        }

        var condition = new FormCondition { ActionType = act, LogicType = logic };
        for (var i = 0; i < MaxRules; i++)
        {
            var field = posted[$"rule-field-{i}"].ToString();
            if (field.Length == 0)
            {
                continue;
            }

            var rule = new FormConditionRule { Value = posted[$"rule-value-{i}"].ToString().Trim() };
            if (!Guid.TryParse(field, out var key) || form.FindField(key) is null)
            {
                errors.Add($"rule-field-{i}", $"Rule {i + 1}: select a question of this form");
            }
            else if (inside.Contains(key))
            {
                errors.Add($"rule-field-{i}", $"Rule {i + 1}: a condition cannot depend on its own answers; select another question");
            }

            rule.Field = key;
            if (!Enum.TryParse<ConditionOperator>(posted[$"rule-operator-{i}"].ToString(), out var op) || !Enum.IsDefined(op))
            {
                errors.Add($"rule-operator-{i}", $"Rule {i + 1}: select how the answer is compared");
            }

            rule.Operator = op;
            if (rule.Value.Length > 500)
            {
                errors.Add($"rule-value-{i}", $"Rule {i + 1}: the value must be 500 characters or fewer");
            }

            condition.Rules.Add(rule);
        }

        if (condition.Rules.Count == 0)
        {
            errors.Add("rule-field-0", "Add at least one rule, or choose 'Always'");
        }

        return condition;
    }

    /// <summary>"Show when all of: How did the child leave care is Adopted from outside England".</summary>
    public static string Describe(FormDefinition form, FormCondition? condition)
    {
        if (condition is null || condition.Rules.Count == 0)
        {
            return "Always";
        }

        var rules = condition.Rules.Select(r => $"{form.FindField(r.Field)?.Caption ?? "(a removed question)"} {Words(r.Operator)} '{r.Value}'");
        return $"{condition.ActionType} when {(condition.LogicType == ConditionLogic.All ? "all" : "any")} of: {string.Join("; ", rules)}";
    }

    public static string Words(ConditionOperator op) => op switch
    {
        ConditionOperator.Is => "is",
        ConditionOperator.IsNot => "is not",
        ConditionOperator.GreaterThan => "is greater than",
        ConditionOperator.LessThan => "is less than",
        ConditionOperator.Contains => "contains",
        ConditionOperator.NotContains => "does not contain",
        ConditionOperator.Before => "is before",
        ConditionOperator.After => "is after",
        _ => op.ToString(),
    };
}
