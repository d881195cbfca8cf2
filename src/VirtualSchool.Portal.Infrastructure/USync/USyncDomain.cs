using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.USync;

public sealed record USyncDomain(string File, Guid Key, string Alias, Domain Domain) : USyncItem(File, Key, Alias)
{
    public override string ItemType => "Domain";
}
