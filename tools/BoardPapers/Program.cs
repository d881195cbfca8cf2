using System.Globalization;
using System.Text;
using BoardPapers;
using LocalOfferReport;

// Writes the example Board papers into a uSync v17 folder: Files/media/<folder>/<file>.docx and one
// Media/<name>.config per paper (with its size), in the folders Papers.Folders lists.
if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
{
    await Console.Error.WriteLineAsync("Usage: dotnet run --project tools/BoardPapers -- <uSync v17 folder>").ConfigureAwait(false);
    return 2;
}

var root = Path.GetFullPath(args[0]);
foreach (var paper in Papers.All)
{
    var path = Path.Combine(root, "Files", "media", paper.MediaFolder, paper.FileName);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    ReportDocument.Write(path, paper.Title, Papers.Subtitle, paper.Publication, ReportMarkup.Parse(paper.Body));
    var errors = ReportDocument.Validate(path);
    if (errors.Count > 0)
    {
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
        }

        return 1;
    }

    var bytes = new FileInfo(path).Length;
    var config = Path.Combine(root, "Media", UsyncName(paper.Title) + ".config");
    await File.WriteAllTextAsync(config, MediaConfig(paper, bytes), new UTF8Encoding(true)).ConfigureAwait(false);
    Console.WriteLine($"Wrote {paper.FileName} ({bytes} bytes)");
}

return 0;

// uSync's item path: the names with only their letters and digits.
static string PathName(string name) => new(name.Where(char.IsLetterOrDigit).ToArray());

static string UsyncName(string title) =>
    new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-').Replace("--", "-", StringComparison.Ordinal);

static string MediaConfig(Paper paper, long bytes)
{
    var folder = Papers.Folders.Single(f => f.Key == paper.Parent);
    var extension = Path.GetExtension(paper.FileName).TrimStart('.');
    return string.Create(CultureInfo.InvariantCulture, $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <Media Key="{{paper.Key}}" Alias="{{paper.Title}}" Level="2">
          <Info>
            <Parent Key="{{folder.Key}}">{{folder.Name}}</Parent>
            <Path>/{{PathName(folder.Name)}}/{{PathName(paper.Title)}}</Path>
            <Trashed>false</Trashed>
            <ContentType>File</ContentType>
            <CreateDate>2026-09-01T09:00:00</CreateDate>
            <NodeName Default="{{paper.Title}}" />
            <SortOrder>{{paper.SortOrder}}</SortOrder>
          </Info>
          <Properties>
            <umbracoBytes>
              <Value><![CDATA[{{bytes}}]]></Value>
            </umbracoBytes>
            <umbracoExtension>
              <Value><![CDATA[{{extension}}]]></Value>
            </umbracoExtension>
            <umbracoFile>
              <Value><![CDATA[{
          "src": "/media/{{paper.MediaFolder}}/{{paper.FileName}}"
        }]]></Value>
            </umbracoFile>
          </Properties>
        </Media>
        """);
}
