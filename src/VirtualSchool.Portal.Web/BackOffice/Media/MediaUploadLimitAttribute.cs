using Microsoft.AspNetCore.Mvc;

namespace VirtualSchool.Portal.Web.BackOffice.Media;

/// <summary>
/// Limits an upload request's body to a little above <c>Portal:Media:MaxUploadBytes</c> (the fixed
/// [RequestSizeLimit] attribute cannot read options) and reads the form itself, so that a body over the limit
/// gets a GOV.UK error page with a 413 rather than a reset connection or a 500.
/// </summary>
/// <remarks>
/// It runs among the authorisation filters, after the back-office policy and two-factor check and before
/// antiforgery (order 1000): antiforgery reads the form, and a resource filter would run too late to set the
/// limit or to answer a failed read with anything but antiforgery's bare 400.
/// </remarks>
public sealed class MediaUploadLimitAttribute : TypeFilterAttribute
{
    public MediaUploadLimitAttribute()
        : base(typeof(MediaUploadLimitFilter)) => Order = 500;
}
