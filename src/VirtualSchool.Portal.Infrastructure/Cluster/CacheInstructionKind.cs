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
    /// <summary>A content node's draft was saved or deleted (its key): the back office's search index takes it again.</summary>
    ContentSaved = 7,
    /// <summary>A training course's sessions changed (the course's key): its search documents are written again.</summary>
    Training = 8,
    /// <summary>The search synonyms changed: searches read them again.</summary>
    SearchSynonyms = 9,
    /// <summary>A member was saved or deleted (its key): the members' search index takes it again.</summary>
    Member = 10,
    /// <summary>A media item changed (its key): its search documents are written again.</summary>
    MediaItem = 11,
}
