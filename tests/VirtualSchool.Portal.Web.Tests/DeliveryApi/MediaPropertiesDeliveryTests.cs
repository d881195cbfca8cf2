using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>
/// A media item's own properties as Umbraco writes them: every <c>umbraco…</c> property left out, the others
/// converted by their editors like content properties. On its own portal, since it adds properties to the File type.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MediaPropertiesDeliveryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ReportKey = "fbc6b136-dbed-4a34-8d18-f3d2e84d8e83";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Media_properties_leave_out_umbraco_aliases_and_are_typed_by_their_editors()
    {
        await AddFilePropertiesAsync();

        var byId = await OkAsync(_client, $"{V2}/media/item/{ReportKey}");
        var byPath = await OkAsync(_client, $"{V2}/media/item/documents/local-offer-information-report");
        var limited = await OkAsync(_client, $"{V2}/media/item/{ReportKey}?fields=properties[isConfidential]");

        var properties = byId.GetProperty("properties");
        Assert.Equal(["caption", "isConfidential"], Keys(properties));
        Assert.Equal("The annual SEND report", properties.GetProperty("caption").GetString());
        Assert.Equal(JsonValueKind.True, properties.GetProperty("isConfidential").ValueKind);
        Assert.DoesNotContain("Not for the API", byId.ToString(), StringComparison.Ordinal);
        // The file's own fields still come from its umbraco… properties.
        Assert.Equal("docx", byId.GetProperty("extension").GetString());
        Assert.Equal(byId.GetProperty("properties").ToString(), byPath.GetProperty("properties").ToString());
        Assert.Equal(["isConfidential"], Keys(limited.GetProperty("properties")));
    }

    /// <summary>Gives the File media type a text, a true/false and an <c>umbraco…</c> property, and the report values for them.</summary>
    private async Task AddFilePropertiesAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var dataTypes = await db.DataTypes.ToListAsync();
        var text = dataTypes.First(d => d.EditorAlias == "Umbraco.TextBox");
        var truth = dataTypes.First(d => d.EditorAlias == "Umbraco.TrueFalse");
        var file = await db.ContentTypes.SingleAsync(t => t.Kind == ContentTypeKind.Media && t.Alias == "File");
        file.Properties =
        [
            .. file.Properties,
            new PropertyType(Guid.NewGuid(), "caption", "Caption", text.Key, text.EditorAlias, SortOrder: 10),
            new PropertyType(Guid.NewGuid(), "isConfidential", "Confidential", truth.Key, truth.EditorAlias, SortOrder: 11),
            new PropertyType(Guid.NewGuid(), "umbracoInternalNote", "Internal note", text.Key, text.EditorAlias, SortOrder: 12),
        ];
        var report = await db.MediaItems.SingleAsync(m => m.Key == Guid.Parse(ReportKey));
        report.Properties = new Dictionary<string, string?>(report.Properties, StringComparer.OrdinalIgnoreCase)
        {
            ["caption"] = "The annual SEND report",
            ["isConfidential"] = "1",
            ["umbracoInternalNote"] = "Not for the API",
        };
        await db.SaveChangesAsync();
    }
}
