using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>A form was saved, copied, moved or deleted (after the version moved on); <see cref="FromOtherNode"/> when read from another node.</summary>
public sealed record FormChangedNotification(Guid Key, bool FromOtherNode) : INotification;
