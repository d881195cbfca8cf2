namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>
/// Where a reader's answers lead: the questions answered along the path from the first question (answers to
/// questions off the path are dropped), then the next question to ask, or none when the path has ended.
/// </summary>
public sealed record CheckerProgress(IReadOnlyList<CheckerStep> Steps, CheckerQuestion? Next, bool Loops = false)
{
    /// <summary>Every question on the path has an answer and the last answer leads nowhere: the rules can decide.</summary>
    public bool IsComplete => Next is null && !Loops;

    /// <summary>The answers on the path, by question id: what the next page's address carries.</summary>
    public IReadOnlyDictionary<string, string> Answers =>
        Steps.ToDictionary(s => s.Question.Id, s => s.Answer.Value, StringComparer.Ordinal);

    /// <summary>The question answered just before this one on the path (for the Back link); null for the first.</summary>
    public CheckerQuestion? Before(string questionId)
    {
        var index = Steps.ToList().FindIndex(s => s.Question.Id == questionId);
        var at = index < 0 ? Steps.Count : index;
        return at == 0 ? null : Steps[at - 1].Question;
    }
}
