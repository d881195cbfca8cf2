using System.Globalization;
using System.Text;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.BoardData;

/// <summary>What the Board data screens' tests share: a term of their own (far in the future), and uploading a file as the form does.</summary>
public static class BackOfficeBoardData
{
    public const string Base = "/umbraco/board-data";

    public const string Header = "measure,group,count,cohort,value,national,name\n";

    private static int _next = Random.Shared.Next(0, 70 * 3);

    /// <summary>A term no other test in this run uses (years 2030 to 2099, any of the three terms, in turn from a random start).</summary>
    public static string NewTerm()
    {
        var n = Interlocked.Increment(ref _next) % (70 * 3);
        var year = 2030 + n / 3;
        var term = new[] { "autumn", "spring", "summer" }[n % 3];
        return string.Create(CultureInfo.InvariantCulture, $"{year}-{(year + 1) % 100:00}-{term}");
    }

    public static Core.BoardData.BoardTermId Term(string slug) =>
        Core.BoardData.BoardTermId.TryParse(slug, out var term) ? term : throw new ArgumentException($"Not a term: {slug}", nameof(slug));

    public static byte[] Csv(string rows) => Encoding.UTF8.GetBytes(Header + rows);

    /// <summary>Posts the upload form (with the page's antiforgery token) as a browser would.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? term, byte[]? file, string fileName = "figures.csv")
    {
        var page = await PortalFactory.ParseAsync(await client.GetAsync(Base + "/upload"));
        var token = page.QuerySelector("form[action='/umbraco/board-data/upload'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (term is not null)
        {
            content.Add(new StringContent(term), "term");
        }

        if (file is not null)
        {
            content.Add(new ByteArrayContent(file), "file", fileName);
        }

        return await client.PostAsync(Base + "/upload", content);
    }
}
