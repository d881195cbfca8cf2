using System.Net;
using VirtualSchool.Portal.Web.Tests.Forms.Public;
using static VirtualSchool.Portal.Web.Tests.Forms.Public.FormTestSite;

namespace VirtualSchool.Portal.Web.Tests.Forms.Api;

/// <summary>The forms API is off by default: as if it were not there.</summary>
[Trait("Category", "Integration")]
public sealed class FormsApiOffTests(FormsFactory factory) : IClassFixture<FormsFactory>
{
    [Fact]
    public async Task The_api_answers_404_when_it_is_off()
    {
        var form = await SaveFormAsync(factory, "Contact", AdviceForm.Design);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/umbraco/forms/api/v1/definitions/{form.Key:D}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/umbraco/forms/api/v1/entries/{form.Key:D}", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Empty(await EntriesAsync(factory, form.Key));
    }
}
