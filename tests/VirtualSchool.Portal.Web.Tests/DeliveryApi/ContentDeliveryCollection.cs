namespace VirtualSchool.Portal.Web.Tests.DeliveryApi;

/// <summary>The Delivery API's content tests (items, queries, properties, Start-Item and preview, protocol): one portal for them all, as when they were one class.</summary>
[CollectionDefinition(Name)]
public sealed class ContentDeliveryCollection : ICollectionFixture<ContentDeliveryTests.Factory>
{
    public const string Name = "Content delivery";
}
