using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Core.Access;

/// <summary>The answer when no restriction has been stored: everything is public.</summary>
public sealed class NoPublicAccessRules : IPublicAccess
{
    public IReadOnlySet<string>? AllowedGroups(PublishedContent content) => null;

    public IReadOnlySet<string>? AllowedMediaGroups(Guid mediaKey) => null;
}
