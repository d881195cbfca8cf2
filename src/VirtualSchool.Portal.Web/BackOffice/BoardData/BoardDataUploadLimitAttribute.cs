using Microsoft.AspNetCore.Mvc;

namespace VirtualSchool.Portal.Web.BackOffice.BoardData;

/// <summary>
/// Limits an upload's body to a little above <c>Portal:BoardData:MaxUploadBytes</c> and reads the form itself, so that
/// a bigger file gets a GOV.UK page with a 413 rather than a reset connection or a 500. Among the authorisation
/// filters, after the policy and before antiforgery (which reads the form), as the media library's limit does.
/// </summary>
public sealed class BoardDataUploadLimitAttribute : TypeFilterAttribute
{
    public BoardDataUploadLimitAttribute()
        : base(typeof(BoardDataUploadLimitFilter)) => Order = 500;
}
