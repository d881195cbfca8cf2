using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Search;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.Search.Public;

/// <summary>The portal with members (to test <c>/members/search</c>) and a <see cref="ScriptedSearcher"/> in place of the engine.</summary>
public class SearchPageFactory : MembersFactory
{
    public ScriptedSearcher Searcher { get; } = new();

    protected override IDictionary<string, string?> MemberSettings => new Dictionary<string, string?>
    {
        ["Portal:Search:PermitsPerMinute"] = "10000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ISearcher>(Searcher));
    }
}
