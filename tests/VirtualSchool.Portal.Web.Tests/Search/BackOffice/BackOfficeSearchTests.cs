using System.Net;
using AngleSharp.Html.Dom;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Search.BackOffice;

/// <summary>
/// The back office's search box and results page through HTTP: the box on every screen, results grouped by section,
/// each group only for the roles its section admits (bookings' personal data above all), and bad input a 400.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BackOfficeSearchTests(BackOfficeSearchFactory factory) : IClassFixture<BackOfficeSearchFactory>
{
    private static async Task<IHtmlDocument> ResultsAsync(HttpClient client, string query, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync("/umbraco/search?" + query);
        Assert.True(response.StatusCode == expected, $"/umbraco/search?{query} answered {response.StatusCode}, not {expected}");
        return await PortalFactory.ParseAsync(response);
    }

    private static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    [Fact]
    public async Task Every_back_office_screen_has_the_search_box_for_every_role()
    {
        foreach (var (role, path) in new[]
        {
            (BackOfficeRoles.Editor, "/umbraco"), (BackOfficeRoles.Editor, "/umbraco/content"), (BackOfficeRoles.Writer, "/umbraco/forms"),
            (BackOfficeRoles.TrainingCoordinator, "/umbraco/training"), (BackOfficeRoles.BoardClerk, "/umbraco/members"),
        })
        {
            var client = await factory.SignInAsync(role);
            var page = await PortalFactory.ParseAsync(await client.GetAsync(path));
            var form = page.QuerySelector("form[role='search'][action='/umbraco/search'][method='get']");
            Assert.True(form is not null, $"{path} has no search box for {role}");
            Assert.NotNull(form!.QuerySelector("input[name='q']"));
            Assert.Equal("Search the back office", page.QuerySelector("label[for='backoffice-search']")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task A_training_coordinator_finds_a_booking_by_the_bookers_name_and_by_email_and_it_opens_its_session()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var session = await factory.BookAsync($"Philippa Booker{id}", $"philippa.{id}@school.example");
        var coordinator = await factory.SignInAsync(BackOfficeRoles.TrainingCoordinator);

        foreach (var text in new[] { $"booker{id}", $"PHILIPPA.{id}@SCHOOL", $"{id}@school.example" })
        {
            var page = await ResultsAsync(coordinator, Q(text));
            var link = page.QuerySelectorAll("#group-bookings a").SingleOrDefault(a => a.TextContent.Contains($"Booker{id}", StringComparison.Ordinal));
            Assert.True(link is not null, $"'{text}' did not find the booking");
            Assert.Equal($"/umbraco/training/sessions/{session}#bookings", link!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task A_role_that_may_not_see_bookings_finds_none_and_is_refused_the_bookings_section()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await factory.BookAsync($"Hidden Booker{id}", $"hidden.{id}@school.example");

        foreach (var role in new[] { BackOfficeRoles.Editor, BackOfficeRoles.Writer, BackOfficeRoles.BoardClerk })
        {
            var client = await factory.SignInAsync(role);
            var response = await client.GetAsync("/umbraco/search?" + Q($"booker{id}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain($"hidden.{id}@school.example", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain($"Hidden Booker{id}", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("group-bookings", html, StringComparison.Ordinal);
            Assert.DoesNotContain("group-sessions", html, StringComparison.Ordinal);

            var refused = await client.GetAsync("/umbraco/search?section=bookings&" + Q($"booker{id}"));
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/umbraco/denied", refused.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Each_role_sees_only_the_groups_of_the_sections_it_opens()
    {
        var expected = new Dictionary<string, string[]>
        {
            [BackOfficeRoles.Editor] = ["content", "media"],
            [BackOfficeRoles.Writer] = ["content"],
            [BackOfficeRoles.TrainingCoordinator] = ["sessions", "bookings"],
            [BackOfficeRoles.BoardClerk] = ["members"],
            [BackOfficeRoles.Administrator] = ["content", "media", "members", "users", "sessions", "bookings"],
        };
        foreach (var (role, groups) in expected)
        {
            var client = role == BackOfficeRoles.Administrator ? await factory.SignInAdministratorAsync() : await factory.SignInAsync(role);
            var page = await ResultsAsync(client, Q("virtual school"));
            var shown = page.QuerySelectorAll("section[data-group]").Select(s => s.GetAttribute("data-group")!).ToArray();
            Assert.True(groups.SequenceEqual(shown), $"{role} saw {string.Join(", ", shown)}");
        }
    }

    [Fact]
    public async Task An_administrator_finds_users_by_name_or_email_and_others_never_do()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await factory.CreateUserAsync($"staffer{id}@virtualschool.test", "a long enough password", BackOfficeRoles.Writer);
        var admin = await factory.SignInAdministratorAsync();

        var page = await ResultsAsync(admin, Q($"staffer{id}"));

        var link = page.QuerySelector("#group-users a[href='/umbraco/users']");
        Assert.NotNull(link);
        Assert.Contains($"staffer{id}", link!.TextContent, StringComparison.Ordinal);
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var html = await (await editor.GetAsync("/umbraco/search?" + Q($"staffer{id}"))).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"staffer{id}@virtualschool.test", html, StringComparison.Ordinal);
        Assert.DoesNotContain("group-users", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_training_coordinator_finds_sessions_by_course_title_and_opens_one()
    {
        var coordinator = await factory.SignInAsync(BackOfficeRoles.TrainingCoordinator);

        var page = await ResultsAsync(coordinator, Q("designated teacher"));

        var links = page.QuerySelectorAll("#group-sessions a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links.Where(l => !l.Contains("section=", StringComparison.Ordinal)), l => Assert.StartsWith("/umbraco/training/sessions/", l, StringComparison.Ordinal));
        var open = await coordinator.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }

    [Fact]
    public async Task One_section_is_shown_a_page_at_a_time()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 7; i++)
        {
            await factory.BookAsync($"Paged Booker{id} {i}", $"paged{i}.{id}@school.example");
        }

        var coordinator = await factory.SignInAsync(BackOfficeRoles.TrainingCoordinator);
        var overview = await ResultsAsync(coordinator, Q($"booker{id}"));
        Assert.Equal(5, overview.QuerySelectorAll("#group-bookings li").Length);
        var all = overview.QuerySelector($"#group-bookings a[href='/umbraco/search?q=booker{id}&section=bookings']");
        Assert.NotNull(all);

        var section = await ResultsAsync(coordinator, Q($"booker{id}") + "&section=bookings");
        Assert.Equal(7, section.QuerySelectorAll("#group-bookings li").Length);
        Assert.Single(section.QuerySelectorAll("section[data-group]"));
    }

    [Theory]
    [InlineData("q=x&q=y")]
    [InlineData("q=x&page=0")]
    [InlineData("q=x&page=abc")]
    [InlineData("q=x&section=nowhere")]
    public async Task Bad_input_is_a_400_with_an_error_summary(string query)
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var page = await ResultsAsync(editor, query, HttpStatusCode.BadRequest);

        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#q']"));
        Assert.NotNull(page.QuerySelector("#q-error"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_over_200_characters_is_a_400_and_is_never_searched()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var page = await ResultsAsync(editor, Q(new string('a', 201)), HttpStatusCode.BadRequest);

        Assert.Contains("200 characters or fewer", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("section[data-group]"));
    }

    [Fact]
    public async Task An_empty_search_shows_the_form_and_no_results()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var page = await ResultsAsync(editor, "q=%20%20");

        Assert.NotNull(page.QuerySelector("main form[action='/umbraco/search'] input#q"));
        Assert.Empty(page.QuerySelectorAll("section[data-group]"));
    }

    [Fact]
    public async Task Anonymous_readers_are_sent_to_sign_in()
    {
        var response = await factory.CreateBrowserlikeClient().GetAsync("/umbraco/search?q=pupil");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/umbraco/login", response.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_are_never_stored()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);

        var response = await editor.GetAsync("/umbraco/search?q=pupil");

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }
}
