using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised before a node is published. A handler may cancel the publish with a reason.</summary>
public sealed class ContentPublishingNotification(ContentNode node, ContentVersion version) : CancelableNotification
{
    public ContentNode Node { get; } = node;
    public ContentVersion Version { get; } = version;
}
