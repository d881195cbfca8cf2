namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>The content tools' tests (history, recycle bin, sorting, scheduling, moving and copying): one back office for them all, as when they were one class.</summary>
[CollectionDefinition(Name)]
public sealed class ContentToolsCollection : ICollectionFixture<BackOfficeFactory>
{
    public const string Name = "Content tools";
}
