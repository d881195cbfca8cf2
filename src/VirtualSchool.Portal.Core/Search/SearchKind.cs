namespace VirtualSchool.Portal.Core.Search;

/// <summary>What a search document is: the public site's four kinds, then the back office's.</summary>
public enum SearchKind
{
    /// <summary>A published page that is none of the kinds below (the Local Offer, admissions, about pages).</summary>
    Page = 1,
    /// <summary>A published guidance item or guidance page (statutory guidance, the library's items).</summary>
    Guidance = 2,
    /// <summary>A published training course page, with its upcoming sessions' dates and places in its text.</summary>
    Training = 3,
    /// <summary>A published file from the media library whose text was read (.docx, .pdf).</summary>
    Document = 4,
    /// <summary>Back office: a content node, drafts and unpublished included (the <see cref="SearchIndexNames.Internal"/> index).</summary>
    Content = 10,
    /// <summary>Back office: a media item (the <see cref="SearchIndexNames.Internal"/> index).</summary>
    Media = 11,
    /// <summary>Back office: a member (the <see cref="SearchIndexNames.Members"/> index).</summary>
    Member = 12,
}
