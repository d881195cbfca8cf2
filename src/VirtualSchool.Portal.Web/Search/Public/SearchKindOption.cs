using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Web.Search.Public;

/// <summary>
/// One of the public site's kinds as the kind filter offers it: the word in <c>?kind=</c>, the label, and the kind in the
/// index. The back office's kinds are never offered (nor accepted) here.
/// </summary>
public sealed record SearchKindOption(string Slug, string Label, SearchKind Kind)
{
    public static IReadOnlyList<SearchKindOption> All { get; } =
    [
        new("guidance", "Guidance", SearchKind.Guidance),
        new("training", "Training", SearchKind.Training),
        new("documents", "Documents", SearchKind.Document),
        new("pages", "Pages", SearchKind.Page),
    ];

    public static SearchKindOption? FromSlug(string slug) =>
        All.FirstOrDefault(k => string.Equals(k.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>What a result of this kind is called beside its title ("Guidance", "Document").</summary>
    public static string LabelOf(SearchKind kind) => kind switch
    {
        SearchKind.Document => "Document",
        SearchKind.Page => "Page",
        _ => All.FirstOrDefault(k => k.Kind == kind)?.Label ?? kind.ToString(),
    };
}
