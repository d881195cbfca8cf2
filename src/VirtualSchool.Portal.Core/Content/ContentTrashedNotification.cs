using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised after nodes were moved to the recycle bin; none of them is published any more.</summary>
public sealed record ContentTrashedNotification(ContentNode Node, IReadOnlyList<ContentNode> Nodes) : INotification;
