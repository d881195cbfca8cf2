using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>A course with its upcoming sessions, as listed.</summary>
public sealed record CourseSessions(PublishedContent Course, IReadOnlyList<SessionListing> Sessions)
{
    public string Title => Course.Value("title") ?? Course.Name;
}
