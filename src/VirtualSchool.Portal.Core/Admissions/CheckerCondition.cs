namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>One part of a rule: the answer to a question is one of these values.</summary>
public sealed record CheckerCondition(string QuestionId, IReadOnlyList<string> Values)
{
    public bool IsMetBy(IReadOnlyDictionary<string, string> answers) =>
        answers.TryGetValue(QuestionId, out var value) && Values.Contains(value, StringComparer.Ordinal);

    public override string ToString() => $"{QuestionId}={string.Join('|', Values)}";
}
