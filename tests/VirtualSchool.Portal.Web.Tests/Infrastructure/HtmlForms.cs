using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace VirtualSchool.Portal.Web.Tests.Infrastructure;

/// <summary>Reads a form off a served page and posts it, as a browser without JavaScript would.</summary>
public static class HtmlForms
{
    public static Dictionary<string, string> Fields(IElement form) =>
        form.QuerySelectorAll("input[name], textarea[name]")
            .Where(e => e.GetAttribute("type") is not ("submit" or "button"))
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio") || e.HasAttribute("checked"))
            .GroupBy(e => e.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First() is IHtmlTextAreaElement area ? area.Value : g.First().GetAttribute("value") ?? "");

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IElement form, IDictionary<string, string> changes, string? accept = null)
    {
        var fields = Fields(form);
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = new FormUrlEncodedContent(fields) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return client.SendAsync(request);
    }
}
