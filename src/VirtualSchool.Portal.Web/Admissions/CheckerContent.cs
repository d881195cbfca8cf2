using System.Runtime.CompilerServices;
using VirtualSchool.Portal.Core.Admissions;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Admissions;

/// <summary>
/// The priority checker as published in the back office: the <c>priorityChecker</c> page (under the admissions
/// page) whose block lists hold the questions, rules and results. Read once per published version of the page.
/// </summary>
public static class CheckerContent
{
    public const string DocumentType = "priorityChecker";

    // A publish replaces the page's record in the cache, so what was read from the old one goes with it.
    private static readonly ConditionalWeakTable<PublishedContent, PublishedChecker> Read = new();

    /// <summary>The published checker; null when there is no published checker page (the journey then answers 404).</summary>
    public static PublishedChecker? Find(IPublishedContentCache cache) =>
        cache.GetAll().Where(c => c.ContentTypeAlias == DocumentType).OrderBy(c => c.Level).ThenBy(c => c.SortOrder).FirstOrDefault() is { } page
            ? Read.GetValue(page, p =>
            {
                var checker = Parse(p);
                return new PublishedChecker(p, checker, CheckerProblems.Of(checker));
            })
            : null;

    public static PriorityChecker Parse(PublishedContent page)
    {
        var questions = CheckerBlocks.Read(page.Value("questions")).Select(Question).ToList();
        var rules = CheckerBlocks.Read(page.Value("rules")).Select(Rule).ToList();
        var results = CheckerBlocks.Read(page.Value("results")).Select(Result).ToList();
        return new PriorityChecker(questions, rules, results);
    }

    private static CheckerQuestion Question(IReadOnlyDictionary<string, string> block) => new(
        Get(block, "questionId"),
        Get(block, "question"),
        Optional(block, "hint"),
        Optional(block, "shortLabel") ?? Get(block, "question"),
        Optional(block, "errorMessage") ?? "Select an answer",
        CheckerBlocks.Read(Optional(block, "answers")).Select(a => new CheckerAnswer(Get(a, "value"), Get(a, "label"), Optional(a, "hint"), Optional(a, "next"))).ToList());

    private static CheckerRule Rule(IReadOnlyDictionary<string, string> block)
    {
        var text = Optional(block, "conditions");
        return CheckerRule.ParseConditions(text) is { } conditions
            ? new CheckerRule(conditions, Get(block, "result"))
            : new CheckerRule([], Get(block, "result"), Unreadable: text);
    }

    private static CheckerResult Result(IReadOnlyDictionary<string, string> block) => new(
        Get(block, "resultId"),
        Get(block, "title"),
        CheckerOutcomes.Parse(Optional(block, "outcome")) ?? CheckerOutcome.AskForAdvice,
        Optional(block, "why"),
        Optional(block, "evidence"),
        Optional(block, "nextSteps"));

    private static string Get(IReadOnlyDictionary<string, string> block, string alias) => Optional(block, alias) ?? "";

    private static string? Optional(IReadOnlyDictionary<string, string> block, string alias) =>
        block.TryGetValue(alias, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
