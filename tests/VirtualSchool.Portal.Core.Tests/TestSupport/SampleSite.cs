using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Tests.TestSupport;

/// <summary>
/// A small schema in the Virtual School's shape: a home page at the root, content pages below it (and below
/// each other), and an SEO composition whose "metaTitle" is mandatory on every page.
/// </summary>
public static class SampleSite
{
    public const string HomePage = "homePage";
    public const string ContentPage = "contentPage";
    public const string SeoProperties = "seoProperties";

    private static readonly Guid TextBox = Guid.Parse("0cc0eba1-9960-42c9-bf9b-60e150b429ae");

    public static IReadOnlyList<ContentType> Types() =>
    [
        new ContentType
        {
            Key = Guid.NewGuid(),
            Alias = SeoProperties,
            Name = "SEO properties",
            Properties =
            [
                new PropertyType(Guid.NewGuid(), "metaTitle", "Meta title", TextBox, "Umbraco.TextBox", Mandatory: true),
                new PropertyType(Guid.NewGuid(), "metaDescription", "Meta description", TextBox, "Umbraco.TextArea"),
            ],
        },
        new ContentType
        {
            Key = Guid.NewGuid(),
            Alias = HomePage,
            Name = "Home page",
            AllowAtRoot = true,
            AllowedChildren = [ContentPage],
            Compositions = [SeoProperties],
            Properties = [new PropertyType(Guid.NewGuid(), "heading", "Heading", TextBox, "Umbraco.TextBox")],
        },
        new ContentType
        {
            Key = Guid.NewGuid(),
            Alias = ContentPage,
            Name = "Content page",
            AllowedChildren = [ContentPage],
            Compositions = [SeoProperties],
            Properties =
            [
                new PropertyType(Guid.NewGuid(), "title", "Page title", TextBox, "Umbraco.TextBox", Mandatory: true),
                new PropertyType(Guid.NewGuid(), "bodyText", "Body text", TextBox, "Umbraco.MarkdownEditor"),
            ],
        },
    ];

    public static async Task SeedAsync(TestPortal portal)
    {
        await using var db = await portal.OpenDatabaseAsync();
        db.ContentTypes.AddRange(Types());
        await db.SaveChangesAsync();
    }

    /// <summary>Values that pass validation for a page called <paramref name="name"/>.</summary>
    public static Dictionary<string, string?> ValidValues(string name, string? body = null) => new()
    {
        ["title"] = name,
        ["metaTitle"] = $"{name} | Virtual School",
        ["bodyText"] = body,
    };
}
