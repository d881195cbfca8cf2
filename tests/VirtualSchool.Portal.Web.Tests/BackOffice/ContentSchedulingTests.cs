using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>Scheduled publishing in UK time, driven through the back-office pages.</summary>
[Trait("Category", "Integration")]
[Collection(ContentToolsCollection.Name)]
public sealed class ContentSchedulingTests(BackOfficeFactory factory) : ContentToolsTests(factory)
{
    private static Dictionary<string, string> When(string prefix, DateTime ukTime) => new()
    {
        [$"{prefix}-day"] = ukTime.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}-month"] = ukTime.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}-year"] = ukTime.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}-time"] = ukTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task An_editor_schedules_in_uk_time_sees_the_entry_and_cancels_it()
    {
        var page = await NewPageAsync($"Schedule {Guid.NewGuid():N}");
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{page.Key}/schedule";
        var summer = new DateTime(DateTime.UtcNow.Year + 1, 7, 1, 9, 30, 0, DateTimeKind.Unspecified);

        var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, When("unpublish", summer));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var scheduler = Factory.Services.GetRequiredService<ContentScheduler>();
        var entry = Assert.Single(await scheduler.ListAsync(page.Key));
        Assert.Equal(Core.Content.ScheduleActions.Unpublish, entry.Action);
        Assert.Equal(new DateTime(summer.Year, 7, 1, 8, 30, 0), entry.RunAt);
        var listed = await PortalFactory.ParseAsync(await editor.GetAsync(path));
        Assert.Contains("1 Jul " + summer.Year + " 09:30", listed.QuerySelector(".app-schedule")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await AuditAsync(Core.Audit.AuditActions.Schedule, page.Key));

        var cancelled = await BackOfficeBrowser.PostFormAsync(editor, path, $"{path}/{entry.Id}/cancel");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Empty(await scheduler.ListAsync(page.Key));
    }

    [Fact]
    public async Task Past_backwards_and_malformed_dates_are_400_with_an_error_summary()
    {
        var page = await NewPageAsync($"Bad schedule {Guid.NewGuid():N}");
        var editor = await Factory.SignInAsync(BackOfficeRoles.Editor);
        var path = $"/umbraco/content/{page.Key}/schedule";
        var next = DateTime.UtcNow.Year + 1;
        var backwards = When("publish", new DateTime(next, 3, 2, 10, 0, 0));
        foreach (var (key, value) in When("unpublish", new DateTime(next, 3, 1, 10, 0, 0)))
        {
            backwards[key] = value;
        }

        foreach (var (fields, field) in new[]
        {
            (When("publish", new DateTime(2020, 1, 1, 9, 0, 0)), "publish-day"),
            (backwards, "unpublish-day"),
            (new Dictionary<string, string> { ["publish-day"] = "31", ["publish-month"] = "2", ["publish-year"] = $"{next}", ["publish-time"] = "9:00" }, "publish-day"),
            (new Dictionary<string, string> { ["publish-day"] = "1", ["publish-month"] = "2", ["publish-year"] = $"{next}", ["publish-time"] = "noon" }, "publish-day"),
        })
        {
            var response = await BackOfficeBrowser.PostFormAsync(editor, path, path, fields);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await PortalFactory.ParseAsync(response);
            Assert.NotNull(html.QuerySelector($".govuk-error-summary a[href='#{field}']"));
        }

        Assert.Empty(await Factory.Services.GetRequiredService<ContentScheduler>().ListAsync(page.Key));
    }

    [Fact]
    public async Task Writers_may_not_schedule()
    {
        var page = await NewPageAsync($"Writer schedule {Guid.NewGuid():N}");
        var writer = await Factory.SignInAsync(BackOfficeRoles.Writer);

        var page1 = await writer.GetAsync($"/umbraco/content/{page.Key}/schedule");
        var post = await PostAsync(writer, $"/umbraco/content/{page.Key}/schedule");

        Assert.StartsWith("/umbraco/denied", page1.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
        Assert.StartsWith("/umbraco/denied", post.Headers.Location!.PathAndQueryOf(), StringComparison.Ordinal);
    }
}
