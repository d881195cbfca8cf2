using VirtualSchool.Portal.Core.Notifications;

namespace VirtualSchool.Portal.Infrastructure.Access;

/// <summary>
/// The public access rules were loaded again: a rule changed on this node, on another node (read from its
/// instruction), or the rules were read after an import. Raised after the new rules answer, so a handler that asks
/// <see cref="Core.Access.IPublicAccess"/> gets the new answer (search takes a restricted page out of public results).
/// A handler must not change the rules.
/// </summary>
public sealed record PublicAccessChangedNotification : INotification;
