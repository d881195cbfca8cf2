using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>A resource as this reader sees it.</summary>
public sealed record ResourceRow(string Title, string? Summary, IReadOnlyList<string> Audiences, string Url, string? Size, string? Format, bool MembersOnly);

/// <summary>A filter's choice: label, value and whether it is selected.</summary>
public sealed record FilterOption(string Label, string Value, bool Selected);

/// <summary>
/// <c>/members/resources</c>: documents for governors, designated teachers and others, public and member-only,
/// filtered by audience, format and access. A reader only ever sees the resources (and files) they may open.
/// </summary>
public sealed class MembersResourcesController(IPublishedContentCache cache, IPublicAccess access, MediaRepository media) : MembersAreaController
{
    public const string ResourceType = "memberResource";

    [HttpGet("members/resources")]
    public async Task<IActionResult> Index(string? audience, string? format, string? show)
    {
        var member = await MemberPrincipals.MemberAsync(HttpContext);
        var groups = member is null ? [] : MemberPrincipals.Groups(member);
        var rows = await RowsAsync(groups);

        var errors = new List<FormError>();
        var audiences = rows.SelectMany(r => r.Audiences).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)
            .Select(a => new FilterOption(a, UrlSegments.FromName(a), false)).ToList();
        var formats = rows.Select(r => r.Format).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(f => new FilterOption(f, f.ToLowerInvariant(), false)).ToList();
        var accessOptions = new List<FilterOption> { new("Everyone", "public", false), new("Members only", "members", false) };

        var filtered = rows.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(audience))
        {
            if (audiences.FirstOrDefault(a => string.Equals(a.Value, audience.Trim(), StringComparison.OrdinalIgnoreCase)) is { } a)
            {
                filtered = filtered.Where(r => r.Audiences.Any(x => UrlSegments.FromName(x) == a.Value));
                audiences = audiences.Select(o => o with { Selected = o.Value == a.Value }).ToList();
            }
            else
            {
                errors.Add(new("audience", "Select an audience from the list"));
            }
        }

        if (!string.IsNullOrWhiteSpace(format))
        {
            if (formats.FirstOrDefault(f => string.Equals(f.Value, format.Trim(), StringComparison.OrdinalIgnoreCase)) is { } f)
            {
                filtered = filtered.Where(r => string.Equals(r.Format, f.Value, StringComparison.OrdinalIgnoreCase));
                formats = formats.Select(o => o with { Selected = o.Value == f.Value }).ToList();
            }
            else
            {
                errors.Add(new("format", "Select a file format from the list"));
            }
        }

        if (!string.IsNullOrWhiteSpace(show))
        {
            if (show is "public" or "members")
            {
                filtered = filtered.Where(r => r.MembersOnly == (show == "members"));
                accessOptions = accessOptions.Select(o => o with { Selected = o.Value == show }).ToList();
            }
            else
            {
                errors.Add(new("show", "Select who the documents are for from the list"));
            }
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new ResourcesModel(filtered.ToList(), audiences, formats, accessOptions, member is not null, errors));
    }

    /// <summary>The resources this reader may open, each with a file they may open too, by name.</summary>
    private async Task<List<ResourceRow>> RowsAsync(IReadOnlyCollection<string> groups)
    {
        var nodes = cache.GetAll()
            .Where(c => string.Equals(c.ContentTypeAlias, ResourceType, StringComparison.OrdinalIgnoreCase) && access.CanView(c, groups))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var keys = nodes.Select(n => PropertyRenderer.MediaKeys(n.Value("document")).FirstOrDefault()).Where(k => k != Guid.Empty).Distinct().ToList();
        var items = (await media.GetManyAsync(keys, HttpContext.RequestAborted)).ToDictionary(i => i.Key);
        var rows = new List<ResourceRow>();
        foreach (var node in nodes)
        {
            var key = PropertyRenderer.MediaKeys(node.Value("document")).FirstOrDefault();
            if (!items.TryGetValue(key, out var file) || file.Trashed || file.Url is null || !access.CanViewMedia(key, groups))
            {
                continue;
            }

            var fileProtected = access.AllowedMediaGroups(key) is not null;
            rows.Add(new ResourceRow(
                node.Value("heading") ?? node.Name,
                node.Value("summary"),
                PropertyRenderer.Items(node.Value("audiences")),
                fileProtected ? ProtectedFiles.Url(file) : file.Url,
                file.Bytes is { } bytes ? Core.Media.FileSizes.Format(bytes) : null,
                file.Extension?.ToUpperInvariant(),
                fileProtected || access.IsProtected(node)));
        }

        return rows;
    }
}
