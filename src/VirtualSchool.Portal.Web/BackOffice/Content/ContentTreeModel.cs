using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// The content tree as drawn beside a content screen: the top level with the open branches (the current page's
/// ancestors, and those opened without JavaScript through <c>?open=</c> links that reload the screen).
/// </summary>
public sealed record ContentTreeModel(ContentTreeBranch Root, Guid? Current, IReadOnlyCollection<Guid> Opened, PathString Path, IQueryCollection Query)
{
    public const string OpenParameter = "open";

    /// <summary>This screen again with <paramref name="key"/>'s branch opened (without JavaScript).</summary>
    public string OpenUrl(Guid key) => Url(Opened.Append(key).Distinct());

    /// <summary>This screen again with <paramref name="key"/>'s branch closed (it must have been opened by a link).</summary>
    public string CloseUrl(Guid key) => Url(Opened.Where(k => k != key));

    public bool WasOpened(Guid key) => Opened.Contains(key);

    private string Url(IEnumerable<Guid> open)
    {
        var query = Query.Where(q => q.Key != OpenParameter).ToDictionary(q => q.Key, q => q.Value);
        var keys = open.Select(k => k.ToString()).ToArray();
        if (keys.Length > 0)
        {
            query[OpenParameter] = new StringValues(keys);
        }

        return QueryHelpers.AddQueryString(Path.ToString(), query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
    }
}
