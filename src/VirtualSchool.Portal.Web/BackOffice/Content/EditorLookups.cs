using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// What an editor may look picked items up in when it describes a stored value for the back office: every page (drafts,
/// unpublished and binned ones too, which a version may point at) and the media library.
/// </summary>
public sealed record EditorLookups(IContentRepository Content, MediaRepository Media)
{
    /// <summary>The names of picked pages, in order; a page that no longer exists says so.</summary>
    public async Task<string> PageNamesAsync(IEnumerable<Guid> keys, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        foreach (var key in keys)
        {
            names.Add(await Content.GetNodeAsync(key, cancellationToken) is { } node
                ? node.Trashed ? $"{node.Name} (in the recycle bin)" : node.Name
                : "a page that no longer exists");
        }

        return string.Join(", ", names);
    }

    /// <summary>The names of picked media items, in order; an item that no longer exists says so.</summary>
    public async Task<string> MediaNamesAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var found = (await Media.GetManyAsync(keys, cancellationToken)).ToDictionary(m => m.Key);
        return string.Join(", ", keys.Select(k => found.TryGetValue(k, out var item) ? item.Name : "a media item that no longer exists"));
    }
}
