namespace VirtualSchool.Portal.Core.Notifications;

/// <summary>Something that happened (or is about to happen) that other features may react to.</summary>
public interface INotification;
