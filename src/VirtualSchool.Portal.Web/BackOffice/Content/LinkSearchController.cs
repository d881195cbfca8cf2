using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// What the rich-text editor's link dialog searches, as JSON: pages by name (the content picker's search) and media
/// files by name (the media picker's search), at most <see cref="PickerForm.MaxMatches"/> each. Open to everyone who
/// may edit content (writers too, who cannot manage the media library but may link to its files, as the media picker
/// lets them).
/// </summary>
[Authorize(Policy = BackOfficePolicies.EditContent)]
public sealed class LinkSearchController(IPublishedContentCache published, MediaRepository media) : BackOfficeController
{
    /// <summary>Longer text matches no name; refusing it keeps a stray paste from scanning every page.</summary>
    public const int MaxQueryLength = 100;

    [HttpGet("umbraco/content/link-search")]
    public ActionResult<LinkSearchResults<PageMatch>> Pages()
    {
        if (Query() is not { } text)
        {
            return BadQuery();
        }

        var pages = ContentPickerEditor.Search(published, text)
            .Select(p => new PageMatch(p.Key, p.Name, p.Route, p.ParentKey is { } parent ? published.GetByKey(parent)?.Name : null))
            .ToList();
        return new LinkSearchResults<PageMatch>(text, pages);
    }

    [HttpGet("umbraco/media/link-search")]
    public async Task<ActionResult<LinkSearchResults<MediaMatch>>> Media(CancellationToken cancellationToken)
    {
        if (Query() is not { } text)
        {
            return BadQuery();
        }

        var files = (await media.SearchFilesAsync(text, PickerForm.MaxMatches, cancellationToken)).Select(Match).ToList();
        return new LinkSearchResults<MediaMatch>(text, files);
    }

    private static MediaMatch Match(MediaItem file) => new(
        file.Key,
        file.Name,
        file.Url,
        file.Bytes is { } bytes ? FileSizes.Format(bytes) : null,
        string.IsNullOrEmpty(file.Extension) ? null : file.Extension.TrimStart('.').ToLowerInvariant());

    // One q, of some text without control characters: anything else is the caller's mistake (400), never a search.
    private string? Query()
    {
        var values = Request.Query["q"];
        var text = values.Count == 1 ? values[0]?.Trim() : null;
        return text is { Length: > 0 and <= MaxQueryLength } && !text.Any(char.IsControl) ? text : null;
    }

    private BadRequestObjectResult BadQuery() =>
        BadRequest(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Enter part of a name to search for",
            Detail = $"Give one 'q' of 1 to {MaxQueryLength} characters.",
        });
}
