using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>A file a page links to, with what a reader needs before opening it.</summary>
public sealed record MediaLink(string Name, string Url, long? Bytes, string? Extension)
{
    public string? Size => Bytes is { } bytes ? FileSizes.Format(bytes) : null;
}
