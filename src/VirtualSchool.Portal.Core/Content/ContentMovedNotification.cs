using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised after a node moved to another parent.</summary>
public sealed record ContentMovedNotification(ContentNode Node, Guid? OldParentKey) : INotification;
