namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// How a rule compares a field's answer with its value. Text comparisons ignore case; greater and less than compare
/// numbers, before and after compare dates (<c>yyyy-MM-dd</c>, as date fields store them); an answer that is not a
/// number or a date does not match them. A field with several answers (checkboxes) matches when any answer does
/// (and <see cref="IsNot"/> and <see cref="NotContains"/> when none does).
/// </summary>
public enum ConditionOperator
{
    Is = 0,
    IsNot = 1,
    GreaterThan = 2,
    LessThan = 3,
    Contains = 4,
    NotContains = 5,
    Before = 6,
    After = 7,
}
