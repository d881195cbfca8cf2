using VirtualSchool.Portal.Core.Access;

namespace VirtualSchool.Portal.Web.BackOffice.Members;

/// <summary>What the public access screen shows for a page or a media item.</summary>
public sealed record PublicAccessModel(
    PublicAccessTarget Target,
    Guid Key,
    string Name,
    string BackUrl,
    IReadOnlySet<string>? Own,
    IReadOnlySet<string>? Effective,
    IReadOnlyList<string> Groups);
