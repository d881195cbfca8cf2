namespace VirtualSchool.Portal.Infrastructure.Cluster;

public enum CacheInstructionKind
{
    /// <summary>Load the page and every page below it again (publish, unpublish, move, trash).</summary>
    Content = 1,
    /// <summary>Load the children of a page again (sorted); no key means the top-level pages.</summary>
    Children = 2,
    /// <summary>Load the public access rules again.</summary>
    PublicAccess = 3,
    /// <summary>Load the whole published cache and the rules again (after a bulk import).</summary>
    All = 4,
    /// <summary>The media library changed: move the media version on, so no answer cached before it is served.</summary>
    Media = 5,
    /// <summary>A form changed (its key): move the forms' version on, so cached forms and pages that show them are read again.</summary>
    Form = 6,
}
