using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised after a node was published. <see cref="ContentType"/> has its compositions merged.</summary>
public sealed record ContentPublishedNotification(ContentNode Node, ContentVersion Version, ContentType ContentType) : INotification;
