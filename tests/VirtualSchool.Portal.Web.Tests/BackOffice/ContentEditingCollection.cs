namespace VirtualSchool.Portal.Web.Tests.BackOffice;

/// <summary>The content-editing tests (publishing, validation, the tree, access, property editors): one back office for them all, as when they were one class.</summary>
[CollectionDefinition(Name)]
public sealed class ContentEditingCollection : ICollectionFixture<BackOfficeFactory>
{
    public const string Name = "Content editing";
}
