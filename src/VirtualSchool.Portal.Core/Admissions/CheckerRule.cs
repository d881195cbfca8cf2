namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>
/// "When these answers were given, show this result". Rules are tried in order and the first that matches wins,
/// so a rule with no conditions, last, catches everything the others do not. A rule whose conditions could not be
/// read keeps their text in <c>Unreadable</c>, never matches, and is reported by <see cref="CheckerProblems"/>.
/// </summary>
public sealed record CheckerRule(IReadOnlyList<CheckerCondition> Conditions, string ResultId, string? Unreadable = null)
{
    /// <summary>
    /// A rule's conditions as the team writes them: <c>status=adopted; school=faith|grammar</c> (question id, then the
    /// answer values it accepts, separated by <c>|</c>; conditions separated by <c>;</c>). Blank: always matches.
    /// Null when the text cannot be read.
    /// </summary>
    public static IReadOnlyList<CheckerCondition>? ParseConditions(string? text)
    {
        var conditions = new List<CheckerCondition>();
        foreach (var part in (text ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            var values = part[(equals + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (values.Length == 0)
            {
                return null;
            }

            conditions.Add(new(part[..equals].Trim(), values));
        }

        return conditions;
    }

    public bool Matches(IReadOnlyDictionary<string, string> answers) => Unreadable is null && Conditions.All(c => c.IsMetBy(answers));
}
