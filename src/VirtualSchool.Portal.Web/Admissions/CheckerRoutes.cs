using Microsoft.AspNetCore.Http;

namespace VirtualSchool.Portal.Web.Admissions;

/// <summary>
/// The journey's addresses. The answers so far travel in the query string (question id = answer value): nothing is
/// kept on the server or in a cookie, and a page can be bookmarked or shared without naming the child.
/// </summary>
public static class CheckerRoutes
{
    public const string Prefix = "/admissions/priority-checker";
    public const string CheckAnswers = "check-your-answers";
    public const string Result = "result";

    public static string Question(string id, IReadOnlyDictionary<string, string> answers) => $"{Prefix}/{Uri.EscapeDataString(id)}{Query(answers)}";

    public static string Check(IReadOnlyDictionary<string, string> answers) => $"{Prefix}/{CheckAnswers}{Query(answers)}";

    public static string Outcome(IReadOnlyDictionary<string, string> answers) => $"{Prefix}/{Result}{Query(answers)}";

    public static string Query(IReadOnlyDictionary<string, string> answers) =>
        answers.Count == 0 ? "" : QueryString.Create(answers.Select(a => new KeyValuePair<string, string?>(a.Key, a.Value))).ToUriComponent();
}
