namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>
/// What is wrong with the checker's content, in words an editor can act on: the journey refuses to run on content
/// with problems (it says the checker is unavailable) rather than lead a family to a dead end.
/// </summary>
public static class CheckerProblems
{
    public static IReadOnlyList<string> Of(PriorityChecker checker)
    {
        var problems = new List<string>();
        if (checker.First is null)
        {
            problems.Add("There are no questions.");
            return problems;
        }

        problems.AddRange(Questions(checker));
        problems.AddRange(Rules(checker));
        problems.AddRange(Paths(checker));
        return problems;
    }

    private static IEnumerable<string> Questions(PriorityChecker checker)
    {
        foreach (var id in checker.Questions.GroupBy(q => q.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return $"Two questions have the id \"{id}\".";
        }

        foreach (var question in checker.Questions)
        {
            if (!IsId(question.Id))
            {
                yield return $"The question id \"{question.Id}\" may use only letters, digits and hyphens.";
            }

            if (question.Answers.Count < 2)
            {
                yield return $"The question \"{question.Id}\" needs at least two answers.";
            }

            foreach (var value in question.Answers.GroupBy(a => a.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                yield return $"The question \"{question.Id}\" has two answers with the value \"{value}\".";
            }

            foreach (var answer in question.Answers.Where(a => a.Next is { Length: > 0 } && checker.Question(a.Next) is null))
            {
                yield return $"The answer \"{answer.Value}\" to \"{question.Id}\" leads to \"{answer.Next}\", which is not a question.";
            }
        }
    }

    private static IEnumerable<string> Rules(PriorityChecker checker)
    {
        for (var i = 0; i < checker.Rules.Count; i++)
        {
            var rule = checker.Rules[i];
            if (rule.Unreadable is { } text)
            {
                yield return $"Rule {i + 1}'s conditions \"{text}\" cannot be read: write them as question=answer, separated by ;";
            }

            if (checker.Result(rule.ResultId) is null)
            {
                yield return $"Rule {i + 1} shows \"{rule.ResultId}\", which is not a result.";
            }

            foreach (var condition in rule.Conditions)
            {
                if (checker.Question(condition.QuestionId) is not { } question)
                {
                    yield return $"Rule {i + 1} asks about \"{condition.QuestionId}\", which is not a question.";
                    continue;
                }

                foreach (var value in condition.Values.Where(v => question.Answer(v) is null))
                {
                    yield return $"Rule {i + 1} expects the answer \"{value}\" to \"{question.Id}\", which is not one of its answers.";
                }
            }
        }
    }

    private static IEnumerable<string> Paths(PriorityChecker checker)
    {
        foreach (var path in checker.AllPaths())
        {
            var answers = string.Join(", ", path.Steps.Select(s => $"{s.Question.Id}={s.Answer.Value}"));
            if (path.Loops)
            {
                yield return $"The answers {answers} lead back to a question already asked.";
            }
            else if (checker.Evaluate(path) is null)
            {
                yield return $"No rule gives a result for the answers {answers}.";
            }
        }
    }

    private static bool IsId(string id) => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
