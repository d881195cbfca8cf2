using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Hosting;

/// <summary>A bad <c>Portal:Security:FormTokenKey</c> stops the start with an error that names the setting.</summary>
[Trait("Category", "Integration")]
public sealed class FormTokenKeyTests
{
    private sealed class KeyedPortal(string key) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:Security:FormTokenKey"] = key };
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("c2hvcnQga2V5")]
    public void A_key_that_is_not_base64_of_32_bytes_fails_the_start_naming_the_setting(string key)
    {
        using var portal = new KeyedPortal(key);

        var failure = Assert.ThrowsAny<Exception>(() => portal.CreateClient());

        Assert.Contains("Portal:Security:FormTokenKey", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("base64", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_of_32_bytes_in_base64_is_accepted()
    {
        using var portal = new KeyedPortal(Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray()));

        var response = await portal.CreateClient().GetAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
