using System.Net;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Site;

/// <summary>A portal with a council address, an alpha phase and retention periods other than the defaults.</summary>
public sealed class SiteFurnitureFactory : PortalFactory
{
    public const string CouncilUrl = "https://www.example.gov.uk/";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Portal:Site:CouncilUrl"] = CouncilUrl,
        ["Portal:Site:Phase"] = "alpha",
        ["Portal:Site:FeedbackUrl"] = "/contact",
        ["Portal:Feedback:RetentionDays"] = "90",
        ["Portal:Training:RetentionMonths"] = "7",
        ["Portal:Training:NeedsRetentionDays"] = "14",
        ["Portal:Members:RetentionMonths"] = "18",
        ["Portal:Members:RetentionWarningDays"] = "21",
        ["Portal:Email:KeepSentDays"] = "45",
    };
}

/// <summary>The header, phase banner, footer and titles of a council service, and the pages readers need before launch.</summary>
[Trait("Category", "Integration")]
public sealed class SiteFurnitureTests(SiteFurnitureFactory factory) : IClassFixture<SiteFurnitureFactory>
{
    private readonly HttpClient _client = factory.CreateBrowserlikeClient();

    // One of each kind of page: home, content, a local page, the training listing and a course, the members'
    // sign-in, their resources, and the content-managed 404.
    public static TheoryData<string, HttpStatusCode> EveryKindOfPage => new()
    {
        { "/", HttpStatusCode.OK },
        { "/admissions", HttpStatusCode.OK },
        { "/designated-teachers/personal-education-plans", HttpStatusCode.OK },
        { "/training", HttpStatusCode.OK },
        { "/training/pep-training", HttpStatusCode.OK },
        { "/members/login", HttpStatusCode.OK },
        { "/members/resources", HttpStatusCode.OK },
        { "/no-such-page", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(EveryKindOfPage))]
    public async Task Every_kind_of_page_has_the_council_link_the_phase_banner_and_the_footer_links(string path, HttpStatusCode status)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var council = page.QuerySelector("header a.govuk-header__homepage-link")!;
        Assert.Equal(SiteFurnitureFactory.CouncilUrl, council.GetAttribute("href"));
        Assert.Equal("Cambridgeshire County Council", council.TextContent.Trim());
        var banner = page.QuerySelector(".govuk-phase-banner")!;
        Assert.Equal("Alpha", banner.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Equal("/contact", banner.QuerySelector("a")!.GetAttribute("href"));
        var footer = page.QuerySelectorAll("footer a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        Assert.Contains(("Contact", "/contact"), footer);
        Assert.Contains(("Cookies", "/cookies"), footer);
        Assert.Contains(("Accessibility statement", "/accessibility-statement"), footer);
        Assert.Contains(("Privacy notice", "/privacy-notice"), footer);
    }

    [Theory]
    [InlineData("/", "Cambridgeshire Virtual School")]
    [InlineData("/contact", "Contact us - Virtual School")]
    [InlineData("/designated-teachers/pupil-premium-plus", "Pupil Premium Plus - Virtual School")]
    [InlineData("/training", "Training - Virtual School")]
    [InlineData("/members/login", "Sign in to the members area - Virtual School")]
    [InlineData("/no-such-page", "Page not found - Virtual School")]
    public async Task Page_titles_end_with_the_service_name_which_the_home_page_does_not_repeat(string path, string title)
    {
        var page = await PortalFactory.ParseAsync(await _client.GetAsync(path));

        Assert.Equal(title, page.Title);
    }

    [Fact]
    public async Task The_contact_page_gives_every_way_to_reach_the_virtual_school_with_example_details_marked()
    {
        var response = await _client.GetAsync("/contact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("Contact the Virtual School", page.QuerySelector("h1")!.TextContent.Trim());
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Address", "Telephone", "Email", "Opening hours", "Asking about one child", "How to complain", "Other ways to reach us"], headings.Take(7));
        var main = page.QuerySelector("main")!.TextContent;
        // Placeholder details are never passed off as real ones.
        Assert.Contains("Example: Virtual School, Example House", main, StringComparison.Ordinal);
        Assert.Contains("Example: 01632 960 000", main, StringComparison.Ordinal);
        Assert.Contains("mailto:virtual.school@example.gov.uk", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Monday to Friday", main, StringComparison.Ordinal);
        Assert.Contains("Local Government and Social Care Ombudsman", main, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/accessibility-statement")]
    [InlineData("/privacy-notice")]
    [InlineData("/send-local-offer")]
    [InlineData("/")]
    public async Task Pages_that_ask_readers_to_contact_us_link_the_contact_page(string path)
    {
        var page = await PortalFactory.ParseAsync(await _client.GetAsync(path));

        Assert.Contains("/contact", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_privacy_notice_states_the_retention_periods_the_portal_is_configured_with()
    {
        var page = await PortalFactory.ParseAsync(await _client.GetAsync("/privacy-notice"));

        var main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("{{", main, StringComparison.Ordinal);
        Assert.Contains("We erase comments 90 days after they were written", main, StringComparison.Ordinal);
        Assert.Contains("We erase them 14 days after your session ends", main, StringComparison.Ordinal);
        Assert.Contains("We keep the rest of your booking for 7 months after your session", main, StringComparison.Ordinal);
        Assert.Contains("If nobody signs in to an account for 18 months", main, StringComparison.Ordinal);
        Assert.Contains("not signed in 21 days after that", main, StringComparison.Ordinal);
        Assert.Contains("erase it 45 days after it was sent", main, StringComparison.Ordinal);
        var headings = page.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Training bookings", headings);
        Assert.Contains("The members area", headings);
        Assert.Contains("Page feedback", headings);
        Assert.Contains("The audit log", headings);
        Assert.Contains("/cookies", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/admissions", "Last updated: 2 March 2026")]
    [InlineData("/privacy-notice", "Last updated: 1 December 2026")]
    public async Task Last_updated_is_the_page_s_own_publish_date_not_the_day_it_was_imported(string path, string expected)
    {
        var page = await PortalFactory.ParseAsync(await _client.GetAsync(path));

        Assert.Equal(expected, page.QuerySelector(".app-last-updated")!.TextContent.Trim());
        var sitemap = await _client.GetStringAsync("/sitemap.xml");
        Assert.Contains("<lastmod>" + DateTime.Parse(expected["Last updated: ".Length..], System.Globalization.CultureInfo.GetCultureInfo("en-GB")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "</lastmod>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_pages_for_designated_teachers_are_linked_from_the_home_page_and_the_guidance_library()
    {
        string[] local = ["/designated-teachers/the-designated-teacher-role", "/designated-teachers/personal-education-plans", "/designated-teachers/pupil-premium-plus"];
        var home = (await PortalFactory.ParseAsync(await _client.GetAsync("/"))).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        var library = (await PortalFactory.ParseAsync(await _client.GetAsync("/statutory-guidance"))).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/designated-teachers", home);
        Assert.Contains("/designated-teachers/personal-education-plans", home);
        Assert.Contains("/designated-teachers/pupil-premium-plus", home);
        Assert.All(local, path => Assert.Contains(path, library));
        var pep = (await PortalFactory.ParseAsync(await _client.GetAsync(local[1]))).QuerySelector("main")!.TextContent;
        Assert.Contains("What we expect each term", pep, StringComparison.Ordinal);
        Assert.Contains("How we quality assure PEPs", pep, StringComparison.Ordinal);
        Assert.Contains("Deadlines", pep, StringComparison.Ordinal);
        var grant = (await PortalFactory.ParseAsync(await _client.GetAsync(local[2]))).QuerySelector("main")!.TextContent;
        Assert.Contains("How we allocate it", grant, StringComparison.Ordinal);
        Assert.Contains("How schools claim it, each term", grant, StringComparison.Ordinal);
        var section = await PortalFactory.ParseAsync(await _client.GetAsync("/designated-teachers"));
        Assert.Equal(local, section.QuerySelectorAll(".app-guidance-list__title a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_home_page_offers_governors_their_resources_and_board_members_a_way_to_sign_in()
    {
        var page = await PortalFactory.ParseAsync(await _client.GetAsync("/"));

        var links = page.QuerySelectorAll("main a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        Assert.Contains(("For governors: resources", "/members/resources?audience=school-governors"), links);
        Assert.Contains(("Board members: sign in", "/members/login?returnUrl=%2Fmembers%2Fboard"), links);
        Assert.Contains(("Resources for members", "/members/resources"), links);
        var governors = await _client.GetAsync("/members/resources?audience=school-governors");
        Assert.Equal(HttpStatusCode.OK, governors.StatusCode);
        Assert.Contains("A governor's guide to children in care", (await PortalFactory.ParseAsync(governors)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
