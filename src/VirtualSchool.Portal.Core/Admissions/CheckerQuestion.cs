namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>
/// One question page: its id (the field name, and the last part of the page's address), the question (the page's
/// heading and the fieldset's legend), a hint, the answers offered as radios, and the short label used on
/// "Check your answers".
/// </summary>
public sealed record CheckerQuestion(string Id, string Text, string? Hint, string ShortLabel, string ErrorMessage, IReadOnlyList<CheckerAnswer> Answers)
{
    public CheckerAnswer? Answer(string? value) =>
        value is null ? null : Answers.FirstOrDefault(a => string.Equals(a.Value, value, StringComparison.Ordinal));
}
