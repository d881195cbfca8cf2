namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>
/// The priority checker as the team wrote it in the back office: questions (the first is asked first; each answer
/// names the question that follows it), rules (the first that matches the answers wins) and results. Pure: it
/// holds nothing about any reader; a reader's answers are passed in and come back as <see cref="CheckerProgress"/>.
/// </summary>
public sealed class PriorityChecker(IReadOnlyList<CheckerQuestion> questions, IReadOnlyList<CheckerRule> rules, IReadOnlyList<CheckerResult> results)
{
    public IReadOnlyList<CheckerQuestion> Questions { get; } = questions;

    public IReadOnlyList<CheckerRule> Rules { get; } = rules;

    public IReadOnlyList<CheckerResult> Results { get; } = results;

    public CheckerQuestion? First => Questions.Count > 0 ? Questions[0] : null;

    public CheckerQuestion? Question(string? id) =>
        id is null ? null : Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));

    public CheckerResult? Result(string? id) =>
        id is null ? null : Results.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Follows the answers from the first question: stops at the first question without a (known) answer, at an
    /// answer that leads nowhere, or, should the content ever point back to a question already asked, at the loop.
    /// </summary>
    public CheckerProgress Walk(IReadOnlyDictionary<string, string> answers)
    {
        var steps = new List<CheckerStep>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var question = First;
        while (question is not null)
        {
            if (!asked.Add(question.Id))
            {
                return new(steps, null, Loops: true);
            }

            if (question.Answer(answers.GetValueOrDefault(question.Id)) is not { } answer)
            {
                return new(steps, question);
            }

            steps.Add(new(question, answer));
            if (answer.Next is not { Length: > 0 } next)
            {
                break;
            }

            question = Question(next);
            if (question is null)
            {
                // An answer naming a question that is not there: the content is wrong (Problems says so); end here.
                break;
            }
        }

        return new(steps, null);
    }

    /// <summary>The result of a finished path: the first rule that matches names it. Null while questions remain.</summary>
    public CheckerResult? Evaluate(CheckerProgress progress)
    {
        if (!progress.IsComplete)
        {
            return null;
        }

        var answers = progress.Answers;
        return Rules.FirstOrDefault(r => r.Matches(answers)) is { } rule ? Result(rule.ResultId) : null;
    }

    /// <summary>
    /// Every path a reader can take, each answer of each question on it tried in turn, from the first question to
    /// where the answers end (or loop). Finite however the content is written: a path never asks a question twice.
    /// </summary>
    public IReadOnlyList<CheckerProgress> AllPaths()
    {
        var paths = new List<CheckerProgress>();
        if (First is not null)
        {
            Extend(new Dictionary<string, string>(StringComparer.Ordinal), paths);
        }

        return paths;
    }

    private void Extend(Dictionary<string, string> answers, List<CheckerProgress> paths)
    {
        var progress = Walk(answers);
        if (progress.Next is not { } next)
        {
            paths.Add(progress);
            return;
        }

        foreach (var answer in next.Answers)
        {
            answers[next.Id] = answer.Value;
            Extend(answers, paths);
            answers.Remove(next.Id);
        }
    }
}
