using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure.Media;

namespace VirtualSchool.Portal.Core.Tests.Media;

[Trait("Category", "Unit")]
public sealed partial class MediaServicePagingTests : MediaServiceTestBase
{
    private const int ItemCount = 5000;

    [Fact]
    public async Task A_page_of_a_large_folder_comes_in_sort_order_then_name_with_the_total()
    {
        var folder = await FolderAsync("Photos");
        var other = await FolderAsync("Other");
        var expected = await SeedAsync(folder.Key, other.Key);

        var page = await Media.ListChildrenAsync(folder.Key, skip: 1200, take: 50);

        Assert.Equal(ItemCount, page.Total);
        Assert.Equal(expected.Skip(1200).Take(50).Select(m => m.Key), page.Items.Select(m => m.Key));

        var last = await Media.ListChildrenAsync(folder.Key, skip: ItemCount - 10, take: 50);
        Assert.Equal(expected.TakeLast(10).Select(m => m.Key), last.Items.Select(m => m.Key));

        var beyond = await Media.ListChildrenAsync(folder.Key, skip: ItemCount + 10, take: 50);
        Assert.Empty(beyond.Items);
        Assert.Equal(ItemCount, beyond.Total);

        var root = await Media.ListChildrenAsync(null);
        Assert.Equal([folder.Key, other.Key], root.Items.Select(m => m.Key));
        Assert.Equal(2, root.Total);
    }

    [Fact]
    public async Task Binned_items_are_not_listed_or_counted()
    {
        var a = await UploadedAsync("a.pdf", SampleFiles.Pdf);
        var b = await UploadedAsync("b.pdf", SampleFiles.Pdf);
        Assert.True((await Media.DeleteAsync(a.Key, confirmUsed: false)).Succeeded);

        var page = await Media.ListChildrenAsync(null);

        Assert.Equal(1, page.Total);
        Assert.Equal(b.Key, Assert.Single(page.Items).Key);
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_brought_into_range()
    {
        await UploadedAsync("a.pdf", SampleFiles.Pdf);

        var page = await Media.ListChildrenAsync(null, skip: -5, take: 100_000);

        Assert.Equal(0, page.Skip);
        Assert.Equal(MediaService.MaxPageSize, page.Take);
        Assert.Single(page.Items);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Listing_a_folder_uses_the_parent_and_sort_order_index(bool inFolder)
    {
        await using var db = await Portal.OpenDatabaseAsync();
        var query = MediaService.ChildrenQuery(db, inFolder ? Guid.NewGuid() : null)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Name).Skip(100).Take(50);

        var plan = await ExplainAsync(db, query.ToQueryString());

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_MediaItems_ParentKey_SortOrder", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN MediaItems", StringComparison.Ordinal) && !step.Contains("INDEX", StringComparison.Ordinal));
    }

    /// <summary>Stores the items straight into the database (5,000 uploads would only test the disk) and returns them in the order expected.</summary>
    private async Task<List<MediaItem>> SeedAsync(Guid folderKey, Guid otherKey)
    {
        var random = new Random(17);
        var now = DateTime.UtcNow;
        var items = Enumerable.Range(0, ItemCount).Select(i => new MediaItem
        {
            Key = Guid.NewGuid(),
            ParentKey = folderKey,
            Level = 2,
            // Many share a sort order (as after an import), so the name decides between them.
            SortOrder = random.Next(0, 500),
            Name = $"Photo {random.Next(0, 1_000_000):D7}",
            MediaTypeAlias = MediaService.ImageType,
            CreateDate = now,
            UpdateDate = now,
            Url = $"/media/p{i:D7}/photo.jpg",
            StoragePath = $"p{i:D7}/photo.jpg",
            Bytes = 1000 + i,
            Extension = "jpg",
        }).ToList();
        var elsewhere = Enumerable.Range(0, 50).Select(i => new MediaItem
        {
            Key = Guid.NewGuid(),
            ParentKey = otherKey,
            Level = 2,
            SortOrder = i,
            Name = $"Other {i}",
            MediaTypeAlias = MediaService.FileType,
            CreateDate = now,
            UpdateDate = now,
        });
        var binned = new MediaItem
        {
            Key = Guid.NewGuid(),
            ParentKey = folderKey,
            Level = 2,
            Name = "Binned",
            MediaTypeAlias = MediaService.FileType,
            Trashed = true,
            CreateDate = now,
            UpdateDate = now,
        };

        await using var db = await Portal.OpenDatabaseAsync();
        db.MediaItems.AddRange(items);
        db.MediaItems.AddRange(elsewhere);
        db.MediaItems.Add(binned);
        await db.SaveChangesAsync();
        return items.OrderBy(m => m.SortOrder).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>SQLite's plan for a query EF printed with <c>ToQueryString</c> (parameters as <c>.param set</c> lines).</summary>
    private static async Task<List<string>> ExplainAsync(DbContext db, string printed)
    {
        var lines = printed.Split('\n');
        var parameters = lines.Select(l => ParamLine().Match(l.TrimEnd('\r'))).Where(m => m.Success).ToList();
        var sql = string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var parameter in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = parameter.Groups["name"].Value;
            var literal = parameter.Groups["value"].Value;
            p.Value = literal.StartsWith('\'') ? literal.Trim('\'') : long.Parse(literal, System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(p);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return plan;
    }

    [GeneratedRegex(@"^\.param set (?<name>@\w+) (?<value>.+)$")]
    private static partial Regex ParamLine();
}
