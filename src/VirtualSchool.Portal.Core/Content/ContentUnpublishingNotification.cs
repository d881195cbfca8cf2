using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised before a node is unpublished. A handler may cancel it.</summary>
public sealed class ContentUnpublishingNotification(ContentNode node) : CancelableNotification
{
    public ContentNode Node { get; } = node;
}
