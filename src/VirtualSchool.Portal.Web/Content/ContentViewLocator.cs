using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace VirtualSchool.Portal.Web.Content;

/// <summary>
/// Chooses the view for a document type: <c>Views/Content/{alias}.cshtml</c> when the portal has one, else the
/// generic view that renders every property.
/// </summary>
public sealed class ContentViewLocator(ICompositeViewEngine viewEngine)
{
    public const string Generic = "~/Views/Content/Generic.cshtml";
    private readonly ConcurrentDictionary<string, string> _views = new(StringComparer.OrdinalIgnoreCase);

    public string ViewFor(string contentTypeAlias) => _views.GetOrAdd(contentTypeAlias, alias =>
    {
        var path = $"~/Views/Content/{alias}.cshtml";
        return viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: true).Success ? path : Generic;
    });
}
