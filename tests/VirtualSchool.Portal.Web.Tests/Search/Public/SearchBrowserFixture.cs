using VirtualSchool.Portal.Web.Tests.Browser;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>The search pages in Chromium with scripted results, so every state of the pages can be drawn.</summary>
public sealed class SearchBrowserFixture() : BrowserFixture(new SearchPageFactory())
{
    public SearchPageFactory Search => (SearchPageFactory)Portal;
}

