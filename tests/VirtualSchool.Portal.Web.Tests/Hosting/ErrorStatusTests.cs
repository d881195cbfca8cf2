using System.Net;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>
/// The error page's status comes from what went wrong in the pipeline, never from what was posted: a form
/// with a field named <c>code</c> (every two-factor form has one) cannot choose it.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ErrorStatusTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string BadRequestHeading = "There was a problem with your request";

    private async Task<(HttpClient Client, Dictionary<string, string> Fields)> FeedbackFormAsync()
    {
        var client = factory.CreateBrowserlikeClient();
        var page = await PortalFactory.ParseAsync(await client.GetAsync("/"));
        var fields = HtmlForms.Fields(page.QuerySelector("form[data-feedback-step=useful]")!);
        fields["useful"] = "yes";
        return (client, fields);
    }

    private static async Task AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal(BadRequestHeading, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header.govuk-header"));
    }

    [Fact]
    public async Task A_feedback_post_without_its_token_is_a_400_whatever_code_it_carries()
    {
        var (client, fields) = await FeedbackFormAsync();
        fields.Remove("__RequestVerificationToken");
        fields["code"] = "500";

        await AssertErrorPageAsync(await client.PostAsync("/feedback", new FormUrlEncodedContent(fields)), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_two_factor_post_without_its_token_is_a_400_not_page_not_found()
    {
        var client = factory.CreateBrowserlikeClient();
        var form = new Dictionary<string, string> { ["code"] = "123456" };

        await AssertErrorPageAsync(await client.PostAsync("/umbraco/login/two-factor", new FormUrlEncodedContent(form)), HttpStatusCode.BadRequest);
        await AssertErrorPageAsync(await client.PostAsync("/members/login/two-factor", new FormUrlEncodedContent(form)), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_post_with_a_nul_character_is_a_400()
    {
        var (client, fields) = await FeedbackFormAsync();
        var body = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")) + "&comment=a%00b&code=404";

        await AssertErrorPageAsync(await client.PostAsync("/feedback", new StringContent(body, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_post_with_too_many_fields_or_too_long_a_value_is_refused_as_too_large()
    {
        var (client, fields) = await FeedbackFormAsync();
        var many = new Dictionary<string, string>(fields);
        for (var i = 0; i < 30; i++)
        {
            many[$"extra{i}"] = "x";
        }

        await AssertErrorPageAsync(await client.PostAsync("/feedback", new FormUrlEncodedContent(many)), HttpStatusCode.RequestEntityTooLarge);

        var longValue = new Dictionary<string, string>(fields) { ["comment"] = new string('a', 8 * 1024 + 1) };
        await AssertErrorPageAsync(await client.PostAsync("/feedback", new FormUrlEncodedContent(longValue)), HttpStatusCode.RequestEntityTooLarge);

        var oversized = new Dictionary<string, string>(fields) { ["comment"] = new string('a', 40_000) };
        var page = await client.PostAsync("/feedback", new FormUrlEncodedContent(oversized));
        await AssertErrorPageAsync(page, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("What was sent was too large", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
