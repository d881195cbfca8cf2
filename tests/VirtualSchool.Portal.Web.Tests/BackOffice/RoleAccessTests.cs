using System.Net;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>
/// Every back-office role asks for a page of every section and gets it, or is refused, as the README and the
/// architecture notes say it should: the table below is the intended access written out by hand, not read from
/// the controllers' attributes, so a policy put on the wrong section shows up here.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RoleAccessTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string A = BackOfficeRoles.Administrator;
    private const string E = BackOfficeRoles.Editor;
    private const string W = BackOfficeRoles.Writer;
    private const string T = BackOfficeRoles.TrainingCoordinator;
    private const string B = BackOfficeRoles.BoardClerk;

    /// <summary>The seed's About page, for the pages that belong to one content item.</summary>
    private const string About = "/umbraco/content/{about}";

    /// <summary>A section's representative page and the roles that may open it.</summary>
    public static readonly IReadOnlyList<(string Section, string Path, string[] Allowed)> Access =
    [
        ("dashboard", "/umbraco", [A, E, W, T, B]),
        // Content: administrators, editors and writers; sorting (live at once) only those who publish.
        ("content", "/umbraco/content", [A, E, W]),
        ("content history", About + "/history", [A, E, W]),
        ("content sort", "/umbraco/content/sort", [A, E]),
        ("content recycle bin", "/umbraco/content/recycle-bin", [A, E, W]),
        ("redirects", "/umbraco/redirects", [A, E, W]),
        ("public access", About + "/public-access", [A, E]),
        // Media: administrators and editors ("manages media"); writers pick from it but do not manage it.
        ("media", "/umbraco/media", [A, E]),
        ("feedback", "/umbraco/feedback", [A, E]),
        ("training", "/umbraco/training", [A, T]),
        ("members", "/umbraco/members", [A, B]),
        ("board papers", "/umbraco/members/board", [A, B]),
        ("member groups", "/umbraco/members/groups", [A]),
        ("users", "/umbraco/users", [A]),
        ("audit", "/umbraco/audit", [A]),
        ("jobs", "/umbraco/jobs", [A]),
        ("email", "/umbraco/email", [A]),
        ("uSync", "/umbraco/usync", [A]),
    ];

    [Fact]
    public async Task Each_role_opens_the_sections_it_is_meant_to_and_is_refused_the_rest()
    {
        var about = factory.Services.GetService(typeof(Core.Published.IPublishedContentCache)) is Core.Published.IPublishedContentCache cache
            ? cache.GetByRoute("/about")!.Key
            : throw new InvalidOperationException("No published-content cache");
        var mismatches = new List<string>();
        foreach (var role in new[] { A, E, W, T, B })
        {
            var client = role == A ? await factory.SignInAdministratorAsync() : await factory.SignInAsync(role);
            foreach (var (section, template, allowed) in Access)
            {
                var path = template.Replace("{about}", about.ToString(), StringComparison.Ordinal);
                var response = await client.GetAsync(path);
                var expected = allowed.Contains(role) ? "allowed" : "refused";
                var actual = Describe(response);
                if (actual != expected)
                {
                    mismatches.Add($"{role} → {section} ({path}): expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    /// <summary>
    /// What the user would notice: the page (200), or a refusal, which the back office gives as its access-denied
    /// page, by redirect from the cookie's policy check or as a 403 from an action's own check.
    /// </summary>
    private static string Describe(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => "allowed",
        HttpStatusCode.Forbidden => "refused",
        HttpStatusCode.Redirect when response.Headers.Location is { } to
            && (to.IsAbsoluteUri ? to.PathAndQuery : to.OriginalString).StartsWith("/umbraco/denied", StringComparison.Ordinal) => "refused",
        _ => "something else",
    };
}
