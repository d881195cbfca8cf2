using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised after the children of a node (or the roots) were given a new order.</summary>
public sealed record ContentSortedNotification(Guid? ParentKey, IReadOnlyList<ContentNode> Nodes) : INotification;
