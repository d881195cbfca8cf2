using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// Draws a picked form's first step into the page being rendered (the form picker's page facet). The page is cached
/// for every reader, so the step is drawn with no answers and no person's data: its token and stamp are
/// <see cref="Content.PageCache"/>'s slots, filled per response.
/// </summary>
public sealed class FormInlineRenderer(IHttpContextAccessor accessor, IPublishedContentCache cache, FormStore forms, FormSteps steps, ICompositeViewEngine engine, ITempDataDictionaryFactory tempData)
{
    public const string ViewPath = "~/Views/Forms/_Step.cshtml";

    public async Task<IHtmlContent> RenderAsync(Guid formKey, CancellationToken cancellationToken)
    {
        // The page being rendered is the one at the request's path (the content controller answers a page only at its own route).
        if (accessor.HttpContext is not { } http || cache.GetByRoute(http.Request.Path.Value ?? "/") is not { } page
            || !FormHost.Picks(page, formKey) || await forms.GetAsync(formKey, cancellationToken) is not { Pages.Count: > 0 } form)
        {
            return HtmlString.Empty;
        }

        var placed = new PlacedForm(form, page);
        var empty = new Dictionary<Guid, List<string>>();
        if (Core.Forms.FormVisibility.For(form, empty).ShownPages is not [var first, ..])
        {
            return HtmlString.Empty;
        }

        var model = await steps.BuildAsync(placed, first, empty, new Dictionary<Guid, string>(), new Dictionary<Guid, string>(), inline: true, returnToCheck: false, cancellationToken);
        var view = engine.GetView(executingFilePath: null, ViewPath, isMainPage: false).View
            ?? throw new InvalidOperationException($"The view {ViewPath} was not found.");
        var actionContext = new ActionContext(http, http.GetRouteData(), new ActionDescriptor());
        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<FormStepModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var context = new ViewContext(actionContext, view, viewData, tempData.GetTempData(http), writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        return new HtmlString(writer.ToString());
    }
}
