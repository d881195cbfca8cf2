using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Infrastructure.USync;

public sealed record USyncDataType(string File, Guid Key, string Alias, DataType DataType) : USyncItem(File, Key, Alias)
{
    public override string ItemType => "DataType";
}
