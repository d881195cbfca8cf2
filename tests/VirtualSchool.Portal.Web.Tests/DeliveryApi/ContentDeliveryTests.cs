using VirtualSchool.Portal.Web.Tests.Infrastructure;
using static VirtualSchool.Portal.Web.Tests.DeliveryApi.DeliveryApiClient;

namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>
/// The content endpoints of the Delivery API against the seed site, as Umbraco's documentation describes them:
/// the portal, keys and client that the item, query, property, Start-Item and protocol tests share.
/// </summary>
public abstract class ContentDeliveryTests(ContentDeliveryTests.Factory factory)
{
    protected ContentDeliveryTests.Factory Portal => factory;

    public sealed class Factory : PortalFactory
    {
        public const string ApiKey = "test-delivery-key";

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Portal:DeliveryApi:ApiKey"] = ApiKey,
            ["Portal:DeliveryApi:DisallowedContentTypeAliases:0"] = "errorPage",
        };
    }

    protected const string HomeKey = "821d015e-2228-41c7-a5fa-82eee8400787";
    protected const string AboutKey = "002f8208-c5e7-4448-8e91-feb51738be00";
    protected const string BoardKey = "fea128de-3c81-46d9-a240-0b4f61bb57a9";
    protected const string GuidanceKey = "c93c5671-00a9-4ac2-a088-a16f6de5733a";
    protected const string NotFoundPageKey = "419e25e4-e9b9-454e-ba44-512ed3f73b92";

    protected HttpClient Client { get; } = factory.CreateClient();
}
