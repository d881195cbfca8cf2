using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised before a node is published. A handler may cancel the publish with a reason.</summary>
public sealed class ContentPublishingNotification(ContentNode node, ContentVersion version) : CancelableNotification
{
    public ContentNode Node { get; } = node;
    public ContentVersion Version { get; } = version;
}

/// <summary>Raised after a node was published. <see cref="ContentType"/> has its compositions merged.</summary>
public sealed record ContentPublishedNotification(ContentNode Node, ContentVersion Version, ContentType ContentType) : INotification;

/// <summary>Raised before a node is unpublished. A handler may cancel it.</summary>
public sealed class ContentUnpublishingNotification(ContentNode node) : CancelableNotification
{
    public ContentNode Node { get; } = node;
}

/// <summary>Raised after a node was unpublished; readers no longer see it or its descendants.</summary>
public sealed record ContentUnpublishedNotification(ContentNode Node) : INotification;

/// <summary>Raised after a draft was saved.</summary>
public sealed record ContentSavedNotification(ContentNode Node, ContentVersion Version) : INotification;

/// <summary>Raised after a node moved to another parent.</summary>
public sealed record ContentMovedNotification(ContentNode Node, Guid? OldParentKey) : INotification;

/// <summary>Raised after the children of a node (or the roots) were given a new order.</summary>
public sealed record ContentSortedNotification(Guid? ParentKey, IReadOnlyList<ContentNode> Nodes) : INotification;

/// <summary>Raised after nodes were moved to the recycle bin; none of them is published any more.</summary>
public sealed record ContentTrashedNotification(ContentNode Node, IReadOnlyList<ContentNode> Nodes) : INotification;
