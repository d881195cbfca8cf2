namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// Where a local link in rich text points: a node's key, whether the markup says it is media (<c>type="media"</c> or
/// an <c>umb://media/…</c> UDI) or a document (null when it does not say), and what followed the link (a query string
/// or <c>#anchor</c>), kept on the resolved address.
/// </summary>
public sealed record LocalLink(Guid Key, bool? IsMedia, string Suffix);
