using VirtualSchool.Portal.Core.Admissions;
using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Admissions;

/// <summary>The published checker page, the checker read from it, and what is wrong with that content (usually nothing).</summary>
public sealed record PublishedChecker(PublishedContent Page, PriorityChecker Checker, IReadOnlyList<string> Problems)
{
    public string StartUrl => Page.Route ?? "/";
}
