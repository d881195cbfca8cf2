using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>
/// The content tools driven through the back-office pages: the helpers the history, recycle-bin, sorting,
/// scheduling and move-and-copy tests share, on the collection's one back office.
/// </summary>
public abstract class ContentToolsTests(BackOfficeFactory factory)
{
    protected BackOfficeFactory Factory => factory;

    protected ContentService Content => factory.Services.GetRequiredService<ContentService>();

    protected IContentRepository Repository => factory.Services.GetRequiredService<IContentRepository>();

    protected IPublishedContentCache Cache => factory.Services.GetRequiredService<IPublishedContentCache>();

    /// <summary>A published page of its own below /about, so that tests do not share content.</summary>
    protected async Task<ContentNode> NewPageAsync(string name, Guid? parentKey = null)
    {
        var board = Cache.GetByRoute("/about/management-board")!;
        // Structure rules are the content editor's concern; these tests need children below any page.
        var created = await Content.CreateAsync(new NewContent(name, board.ContentType.Alias, parentKey ?? board.ParentKey, board.Properties), enforceStructure: false);
        Assert.True(created.Succeeded, created.Message);
        var published = await Content.PublishAsync(created.Node!.Key);
        Assert.True(published.Succeeded, published.Status.ToString());
        return published.Node!;
    }

    protected async Task<IReadOnlyList<Core.Audit.AuditEntry>> AuditAsync(string action, Guid key) =>
        (await factory.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery(Action: action, Item: key.ToString()))).Entries;

    /// <summary>Posts with this user's antiforgery token (every back-office page has one, in its sign-out form).</summary>
    protected static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action)
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/umbraco"));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await client.PostAsync(action, content);
    }
}
