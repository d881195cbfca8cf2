using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>A paper of a meeting as a member sees it: title, protected download address, size and format.</summary>
public sealed record BoardPaper(Guid Key, string Title, string Url, long? Bytes, string? Extension)
{
    public string? Size => Bytes is { } bytes ? FileSizes.Format(bytes) : null;

    public string? Format => Extension?.ToUpperInvariant();
}
