using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Raised after a draft was saved.</summary>
public sealed record ContentSavedNotification(ContentNode Node, ContentVersion Version) : INotification;
