namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>The links every email's footer carries, filled into <c>_layout.html</c> and the end of the plain text.</summary>
public interface IEmailFooterLinks
{
    /// <summary>The absolute address of the site's Contact page.</summary>
    string ContactUrl { get; }
}
