using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Tests.Forms.Entries;
using VirtualSchool.Portal.Web.Tests.Forms.Public;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms;

/// <summary>
/// The whole journey on the seeded advice form: a guardian asks for advice without JavaScript (the questions
/// for a child adopted from outside England, not the order date), the team and the guardian are emailed, and an
/// administrator approves the entry and exports it.
/// </summary>
[Collection(EntriesCollection.Name)]
[Trait("Category", "Integration")]
public sealed class AdviceJourneyTests(EntriesHost host)
{
    private static readonly Guid AdviceForm = Guid.Parse("cdfab5eb-befa-47f1-bc2c-4fdb18432720");
    private static readonly Guid AdvicePage = Guid.Parse(SeedPageKey());

    private EntriesPortal Portal => host.Portal;

    private static string SeedPageKey()
    {
        var file = Path.Combine(PortalFactory.RepositoryRoot, "uSync", "v17", "Content", "advice-about-a-previously-looked-after-child.config");
        var root = System.Xml.Linq.XDocument.Load(file).Root!;
        return root.Attribute("Key")!.Value;
    }

    private static IHtmlFormElement Step(IHtmlDocument page) => (IHtmlFormElement)page.QuerySelector("form.app-form")!;

    private async Task<IHtmlDocument> NextAsync(HttpClient client, IHtmlDocument page, Dictionary<string, string> answers)
    {
        var response = await FormTestSite.PostAsync(Portal, client, Step(page), answers);
        Assert.True(response.StatusCode == HttpStatusCode.SeeOther, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await PortalFactory.ParseAsync(await client.GetAsync(response.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task A_guardian_asks_for_advice_without_javascript_the_team_is_emailed_and_the_entry_is_approved_and_exported()
    {
        var guardian = $"guardian-{Guid.NewGuid():N}@example.org";
        var route = Portal.Get<IPublishedContentCache>().GetByKey(AdvicePage)!.Route!;
        var client = Portal.CreateBrowserlikeClient();
        var page = await PortalFactory.ParseAsync(await client.GetAsync(route));
        Assert.Equal("About you", page.QuerySelector("form.app-form h2")!.TextContent.Trim());

        var child = await NextAsync(client, page, new() { ["yourName"] = "Alex Morgan", ["yourEmail"] = guardian, ["relationship"] = "guardian" });
        var school = await NextAsync(client, child, new()
        {
            ["childInitials"] = "JM",
            ["childDateOfBirth-day"] = "27",
            ["childDateOfBirth-month"] = "3",
            ["childDateOfBirth-year"] = "2015",
            ["howLeftCare"] = "adopted-outside-england",
            ["adoptedFromCountry"] = "Ukraine",
            ["orderDate-day"] = "1",
            ["orderDate-month"] = "1",
            ["orderDate-year"] = "2020",
        });
        var consent = await NextAsync(client, school, new() { ["schoolName"] = "Example Primary School", ["schoolKnows"] = "not-sure", ["question"] = "Does the child get priority for a secondary school place?" });
        var check = await NextAsync(client, consent, new() { ["consent"] = "on" });

        Assert.Equal("Check your answers", check.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Ukraine", check.QuerySelector("[data-field=adoptedFromCountry]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(check.QuerySelector("[data-field=orderDate]"));

        var sent = await client.GetAsync((await FormTestSite.PostAsync(Portal, client, check.QuerySelector("main form")!, new Dictionary<string, string>())).Headers.Location!.OriginalString);
        Assert.Contains("We have received your request for advice", (await PortalFactory.ParseAsync(sent)).QuerySelector(".govuk-panel--confirmation")!.TextContent, StringComparison.Ordinal);

        await using var db = await Portal.DbAsync();
        var entry = await db.FormEntries.AsNoTracking().SingleAsync(e => e.FormKey == AdviceForm && e.SearchText.Contains(guardian));
        Assert.Equal(FormEntryState.Submitted, entry.State);
        Assert.Equal(AdvicePage, entry.PageKey);
        var form = (await Portal.Get<VirtualSchool.Portal.Infrastructure.Forms.FormStore>().GetAsync(AdviceForm))!;
        Assert.Empty(entry.ValuesOf(form.FindField("orderDate")!.Key));
        Assert.Equal(["2015-03-27"], entry.ValuesOf(form.FindField("childDateOfBirth")!.Key));

        // The team's email and the guardian's confirmation, neither with the child's details.
        Assert.All(await Portal.SettledRunsAsync(entry), run => Assert.Equal(WorkflowRunStatus.Succeeded, run.Status));
        var team = Assert.Single(await host.MailAsync(m => m.To.Contains("virtual.school@example.gov.uk") && (m.Text ?? "").Contains(guardian)));
        Assert.Contains("Alex Morgan", team.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("JM", team.Text!, StringComparison.Ordinal);
        Assert.Single(await host.MailAsync(m => m.To.Contains(guardian)));

        var admin = await Portal.SignInAdministratorAsync();
        var entries = $"/umbraco/forms/{AdviceForm}/entries";
        var approved = await EntriesPortal.PostAsync(admin, entries, entries + "/bulk", [new("operation", "approve"), new("entries", entry.Key.ToString())]);
        Assert.True(approved.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.Redirect, approved.StatusCode.ToString());
        await using var after = await Portal.DbAsync();
        Assert.Equal(FormEntryState.Approved, (await after.FormEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id)).State);

        var csv = await admin.GetStringAsync(entries + "/export.csv?state=approved");
        var row = csv.Split('\n').Single(line => line.Contains(guardian, StringComparison.Ordinal));
        Assert.Contains("Approved", row, StringComparison.Ordinal);
        Assert.Contains("Ukraine", row, StringComparison.Ordinal);
    }
}
