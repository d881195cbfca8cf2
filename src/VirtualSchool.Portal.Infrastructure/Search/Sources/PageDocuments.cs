using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Sources;

/// <summary>
/// A published page as the public index holds it: every property's words through its editor, its kind (guidance,
/// training with its upcoming sessions, or a page), its section, its audiences and who may read it.
/// </summary>
public sealed class PageDocuments(IPublishedContentCache cache, IPublicAccess access, SearchContentTypes types, TrainingSearchText training)
{
    /// <summary>The document types whose pages are guidance (the library and its items).</summary>
    public static readonly IReadOnlySet<string> GuidanceTypes = new HashSet<string>(["guidanceItem", "guidanceLibrary"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The document type of a training course (its sessions are stored apart, by the course's key).</summary>
    public const string CourseType = "trainingCourse";

    /// <summary>Pages that are not content to find: the "page not found" page.</summary>
    public static readonly IReadOnlySet<string> Unsearchable = new HashSet<string>(["errorPage"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The property whose items are the audiences a page is for (the guidance library's and the courses' checkbox list).</summary>
    public const string AudiencesProperty = "audiences";

    public static string IdOf(Guid key) => $"content:{key}";

    /// <summary>Whether a published page belongs in the public index at all (routed, and not a page of the site's machinery).</summary>
    public static bool IsSearchable(PublishedContent content) => content.Route is not null && !Unsearchable.Contains(content.ContentTypeAlias);

    /// <summary>The page's document, reading its course's sessions if it is one; null when it is not searchable.</summary>
    public async Task<SearchDocument?> BuildAsync(PublishedContent content, CancellationToken cancellationToken)
    {
        var sessions = IsCourse(content) ? await training.OfCourseAsync(content.Key, cancellationToken) : "";
        return await BuildAsync(content, sessions, cancellationToken);
    }

    /// <summary>The page's document with its sessions' text already read (a rebuild reads every course's at once).</summary>
    public async Task<SearchDocument?> BuildAsync(PublishedContent content, string sessionsText, CancellationToken cancellationToken)
    {
        if (!IsSearchable(content))
        {
            return null;
        }

        var text = await types.WriterAsync(cancellationToken);
        text.AddProperties(content.ContentType, content.Properties);
        text.Add(sessionsText);
        return new SearchDocument
        {
            Id = IdOf(content.Key),
            Kind = KindOf(content),
            Title = content.Name,
            Url = content.Route,
            Section = SectionOf(content),
            Text = text.ToString(),
            Date = content.PublishDate ?? content.UpdateDate,
            Audiences = StoredValues.Items(content.Value(AudiencesProperty)),
            AllowedGroups = access.AllowedGroups(content),
        };
    }

    public static bool IsCourse(PublishedContent content) => string.Equals(content.ContentTypeAlias, CourseType, StringComparison.OrdinalIgnoreCase);

    public static SearchKind KindOf(PublishedContent content) =>
        IsCourse(content) ? SearchKind.Training
        : GuidanceTypes.Contains(content.ContentTypeAlias) ? SearchKind.Guidance
        : SearchKind.Page;

    /// <summary>The top-level page below the site's home page that the page is in (itself when it is one); none for the home page.</summary>
    public string? SectionOf(PublishedContent content)
    {
        var ancestors = cache.GetAncestors(content.Key);
        return ancestors.Count switch
        {
            0 => null,
            1 => content.Name,
            _ => ancestors[1].Name,
        };
    }
}
