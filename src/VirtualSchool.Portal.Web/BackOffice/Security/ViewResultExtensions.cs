using Microsoft.AspNetCore.Mvc;

namespace VirtualSchool.Portal.Web.BackOffice.Security;

internal static class ViewResultExtensions
{
    public static IActionResult WithMessage(this ViewResult result, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, string? message)
    {
        if (message is not null)
        {
            viewData["Message"] = message;
        }

        return result;
    }
}
