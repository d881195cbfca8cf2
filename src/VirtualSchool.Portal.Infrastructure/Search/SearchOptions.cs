using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure.Search;

/// <summary>The <c>Portal:Search</c> section: the node's search indexes.</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// The folder holding this node's indexes (one sub-folder per index), on the node's own disk. Relative paths are
    /// resolved against the data folder. Empty: <c>search/{machine name}</c> under the data folder, so two nodes that
    /// share a data folder still never share an index. Never point two nodes at one folder: the second is refused.
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>Documents at most per results page a search may ask for.</summary>
    [Range(1, 100)]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Characters of text stored per document for snippets (a long document's text is indexed whole).</summary>
    [Range(1_000, 10_000_000)]
    public int StoredTextLimit { get; set; } = 100_000;

    /// <summary>Searches allowed per address per minute on the public search page.</summary>
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 120;
}
