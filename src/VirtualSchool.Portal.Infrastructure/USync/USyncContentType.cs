using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.USync;

public sealed record USyncContentType(string File, Guid Key, string Alias, ContentType ContentType) : USyncItem(File, Key, Alias)
{
    public override string ItemType => ContentType.Kind switch
    {
        ContentTypeKind.Media => "MediaType",
        ContentTypeKind.Member => "MemberType",
        _ => "ContentType",
    };
}
