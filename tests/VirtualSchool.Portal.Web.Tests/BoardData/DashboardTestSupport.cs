using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Web.Tests.Members;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>
/// A portal whose Board data comes from terms the test builds (raw figures, as a data officer uploads them), so the
/// dashboard's tests know exactly which cells must be withheld; everything else is the real portal over HTTP.
/// </summary>
public class DashboardFactory : MembersFactory
{
    private FakeBoardDataReader? _reader;

    public FakeBoardDataReader Reader => _reader ??= new(Terms);

    protected virtual IReadOnlyList<BoardTermFigures> Terms => DashboardTerms.All;

    protected override IDictionary<string, string?> MemberSettings => new Dictionary<string, string?> { ["Portal:BoardData:SeedExamples"] = "false" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBoardDataReader>();
            services.AddSingleton<IBoardDataReader>(Reader);
        });
    }
}

/// <summary>A portal where the data officer has published nothing yet.</summary>
public sealed class EmptyDashboardFactory : DashboardFactory
{
    protected override IReadOnlyList<BoardTermFigures> Terms => [];
}

/// <summary>Terms held in memory: published ones oldest first; a term's latest version, draft or published.</summary>
public sealed class FakeBoardDataReader(IReadOnlyList<BoardTermFigures> terms) : IBoardDataReader
{
    public Task<IReadOnlyList<BoardTermFigures>> PublishedAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BoardTermFigures>>(terms.Where(t => t.Status == BoardTermStatus.Published).OrderBy(t => t.Term).ToList());

    public Task<BoardTermFigures?> FindAsync(BoardTermId term, CancellationToken cancellationToken = default) =>
        Task.FromResult(terms.Where(t => t.Term == term).MaxBy(t => t.Version));
}
