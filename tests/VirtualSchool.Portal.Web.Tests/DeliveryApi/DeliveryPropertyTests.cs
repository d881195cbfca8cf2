using System.Text.Json;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>Property values as the Delivery API writes them: converted by editor, limited by fields, pickers.</summary>
[Trait("Category", "Integration")]
[Collection(ContentDeliveryCollection.Name)]
public sealed class DeliveryPropertyTests(ContentDeliveryTests.Factory factory) : ContentDeliveryTests(factory)
{
    [Fact]
    public async Task A_picker_to_a_disallowed_type_is_empty_and_fields_apply_to_items_by_ids()
    {
        var home = await OkAsync(Client, $"{V2}/content/item/?fields=properties[notFoundPage]&expand=properties[$all]");
        var about = await OkAsync(Client, $"{V2}/content/items?id={AboutKey}&fields=properties[heading]");

        Assert.Equal(["notFoundPage"], Keys(home.GetProperty("properties")));
        Assert.Equal(JsonValueKind.Null, home.GetProperty("properties").GetProperty("notFoundPage").ValueKind);
        Assert.Equal(["heading"], Keys(about[0].GetProperty("properties")));
    }

    [Fact]
    public async Task Fields_limit_the_properties_and_properties_all_keeps_them_all()
    {
        var limited = await OkAsync(Client, $"{V2}/content/item/statutory-guidance/school-admissions-code?fields=properties[heading,isStatutory]");
        var all = await OkAsync(Client, $"{V2}/content/item/statutory-guidance/school-admissions-code?fields=properties[$all]");
        var none = await OkAsync(Client, $"{V2}/content/item/statutory-guidance/school-admissions-code?fields=properties[]");

        Assert.Equal(["heading", "isStatutory"], Keys(limited.GetProperty("properties")));
        Assert.Contains("documentDate", Keys(all.GetProperty("properties")));
        Assert.Empty(Keys(none.GetProperty("properties")));
    }

    [Fact]
    public async Task Property_values_are_converted_by_editor_as_Umbracos_Delivery_API_does()
    {
        var item = await OkAsync(Client, $"{V2}/content/item/statutory-guidance/school-admissions-code");
        var offer = await OkAsync(Client, $"{V2}/content/item/send-local-offer");
        var properties = item.GetProperty("properties");

        Assert.Equal(JsonValueKind.True, properties.GetProperty("isStatutory").ValueKind);
        Assert.Equal("2021-09-01T00:00:00", properties.GetProperty("documentDate").GetString());
        Assert.Equal(JsonValueKind.Array, properties.GetProperty("audiences").ValueKind);
        Assert.Contains("School governors", properties.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("<p>", properties.GetProperty("bodyText").GetProperty("markup").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, properties.GetProperty("bodyText").GetProperty("blocks").ValueKind);
        Assert.Equal(JsonValueKind.String, properties.GetProperty("summary").ValueKind);

        var report = offer.GetProperty("properties").GetProperty("report");
        Assert.Equal(JsonValueKind.Array, report.ValueKind);
        var file = report[0];
        Assert.Equal(["focalPoint", "crops", "id", "name", "mediaType", "url", "extension", "width", "height", "bytes", "properties"], Keys(file));
        Assert.Equal("File", file.GetProperty("mediaType").GetString());
        Assert.Equal("docx", file.GetProperty("extension").GetString());
        Assert.StartsWith("/media/", file.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(file.GetProperty("bytes").GetInt32() > 0);
    }
}
