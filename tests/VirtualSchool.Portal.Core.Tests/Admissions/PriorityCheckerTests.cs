using VirtualSchool.Portal.Core.Admissions;

namespace VirtualSchool.Portal.Core.Tests.Admissions;

[Trait("Category", "Unit")]
public sealed class PriorityCheckerTests
{
    // A small checker of the same shape as the published one: status first; a looked-after child is asked about
    // the school; anything else goes to advice.
    private static PriorityChecker Checker(IReadOnlyList<CheckerRule>? rules = null, string schoolNext = "") => new(
        [
            new("status", "Which of these describes the child?", null, "The child", "Select one", [
                new("looked-after", "Looked after", null, "school"),
                new("left-care", "Left care", null, "school"),
                new("not-sure", "Not sure", null, null),
            ]),
            new("school", "What kind of school?", null, "School", "Select a school", [
                new("most", "Most schools", null, schoolNext),
                new("faith", "Faith school", null, null),
            ]),
        ],
        rules ??
        [
            new(CheckerRule.ParseConditions("status=looked-after|left-care; school=most")!, "highest"),
            new(CheckerRule.ParseConditions("school=faith")!, "faith"),
            new([], "advice"),
        ],
        [
            new("highest", "Highest priority", CheckerOutcome.HighestPriority, "<p>1.7</p>", null, "<p>Apply</p>"),
            new("faith", "Faith", CheckerOutcome.HighestPriority, "<p>1.37</p>", null, "<p>Apply</p>"),
            new("advice", "Ask us", CheckerOutcome.AskForAdvice, "<p>Ask</p>", null, "<p>Contact</p>"),
        ]);

    private static Dictionary<string, string> A(params (string Question, string Answer)[] answers) =>
        answers.ToDictionary(a => a.Question, a => a.Answer);

    [Fact]
    public void A_reader_with_no_answers_is_asked_the_first_question()
    {
        var progress = Checker().Walk(A());
        Assert.Equal("status", progress.Next?.Id);
        Assert.Empty(progress.Steps);
        Assert.False(progress.IsComplete);
    }

    [Fact]
    public void Each_answer_leads_to_the_question_it_names_and_an_answer_leading_nowhere_ends_the_path()
    {
        var checker = Checker();
        Assert.Equal("school", checker.Walk(A(("status", "left-care"))).Next?.Id);
        var done = checker.Walk(A(("status", "left-care"), ("school", "faith")));
        Assert.True(done.IsComplete);
        Assert.Equal(["status", "school"], done.Steps.Select(s => s.Question.Id));
        Assert.Equal("faith", checker.Evaluate(done)?.Id);
    }

    [Fact]
    public void Answers_off_the_path_and_unknown_values_are_dropped()
    {
        var checker = Checker();
        var progress = checker.Walk(A(("status", "not-sure"), ("school", "most")));
        Assert.True(progress.IsComplete);
        Assert.Equal(["status"], progress.Answers.Keys);
        Assert.Equal("advice", checker.Evaluate(progress)?.Id);

        var unknown = checker.Walk(A(("status", "a-made-up-value")));
        Assert.Equal("status", unknown.Next?.Id);
    }

    [Fact]
    public void The_first_matching_rule_wins_and_an_unfinished_path_has_no_result()
    {
        var checker = Checker();
        Assert.Equal("highest", checker.Evaluate(checker.Walk(A(("status", "looked-after"), ("school", "most"))))?.Id);
        Assert.Null(checker.Evaluate(checker.Walk(A(("status", "looked-after")))));
    }

    [Fact]
    public void The_back_link_goes_to_the_question_answered_before()
    {
        var progress = Checker().Walk(A(("status", "looked-after"), ("school", "most")));
        Assert.Equal("status", progress.Before("school")?.Id);
        Assert.Null(progress.Before("status"));
    }

    [Fact]
    public void Every_path_is_enumerated_and_each_reaches_a_result()
    {
        var checker = Checker();
        var paths = checker.AllPaths();
        Assert.Equal(5, paths.Count); // 2 statuses x 2 schools, and "not sure"
        Assert.All(paths, p => Assert.NotNull(checker.Evaluate(p)));
        Assert.Empty(CheckerProblems.Of(checker));
    }

    [Fact]
    public void An_answer_that_leads_back_to_an_earlier_question_is_reported_as_a_loop_and_the_walk_stops()
    {
        var checker = Checker(schoolNext: "status");
        var progress = checker.Walk(A(("status", "looked-after"), ("school", "most")));
        Assert.True(progress.Loops);
        Assert.False(progress.IsComplete);
        Assert.Contains(CheckerProblems.Of(checker), p => p.Contains("lead back to a question already asked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_no_rule_matches_is_reported()
    {
        var checker = Checker(rules: [new(CheckerRule.ParseConditions("school=most")!, "highest")]);
        var problems = CheckerProblems.Of(checker);
        Assert.Contains("No rule gives a result for the answers status=not-sure.", problems);
        Assert.Contains("No rule gives a result for the answers status=left-care, school=faith.", problems);
    }

    [Fact]
    public void Rules_naming_unknown_questions_answers_or_results_and_answers_naming_unknown_questions_are_reported()
    {
        var checker = Checker(
            rules: [new(CheckerRule.ParseConditions("colour=blue; school=online")!, "nowhere"), new([], "advice")],
            schoolNext: "missing");
        var problems = CheckerProblems.Of(checker);
        Assert.Contains("Rule 1 shows \"nowhere\", which is not a result.", problems);
        Assert.Contains("Rule 1 asks about \"colour\", which is not a question.", problems);
        Assert.Contains("Rule 1 expects the answer \"online\" to \"school\", which is not one of its answers.", problems);
        Assert.Contains("The answer \"most\" to \"school\" leads to \"missing\", which is not a question.", problems);
    }

    [Theory]
    [InlineData("status=left-care", 1)]
    [InlineData("status=left-care|looked-after; school=faith", 2)]
    [InlineData("  status = left-care ;\n school = most ", 2)]
    [InlineData("", 0)]
    public void Conditions_are_read_as_the_team_writes_them(string text, int count) =>
        Assert.Equal(count, CheckerRule.ParseConditions(text)?.Count);

    [Theory]
    [InlineData("status")]
    [InlineData("status=")]
    [InlineData("=left-care")]
    public void Conditions_that_cannot_be_read_are_refused(string text) =>
        Assert.Null(CheckerRule.ParseConditions(text));

    [Fact]
    public void Outcomes_are_read_from_the_drop_down_labels()
    {
        Assert.Equal(CheckerOutcome.HighestPriority, CheckerOutcomes.Parse("Highest priority"));
        Assert.Equal(CheckerOutcome.NotHighestPriority, CheckerOutcomes.Parse(" not the highest priority "));
        Assert.Null(CheckerOutcomes.Parse("Maybe"));
        Assert.All(Enum.GetValues<CheckerOutcome>(), o => Assert.Equal(o, CheckerOutcomes.Parse(CheckerOutcomes.Label(o))));
    }

    [Fact]
    public void A_rule_whose_conditions_cannot_be_read_never_matches_and_is_reported()
    {
        var checker = Checker(rules: [new([], "highest", Unreadable: "status"), new([], "advice")]);
        Assert.Equal("advice", checker.Evaluate(checker.Walk(A(("status", "not-sure"))))?.Id);
        Assert.Contains(CheckerProblems.Of(checker), p => p.StartsWith("Rule 1's conditions \"status\" cannot be read", StringComparison.Ordinal));
    }
}
