using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised after a node was unpublished; readers no longer see it or its descendants.</summary>
public sealed record ContentUnpublishedNotification(ContentNode Node) : INotification;
