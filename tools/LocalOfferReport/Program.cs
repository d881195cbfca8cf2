using LocalOfferReport;

// Writes the Virtual School's SEND local offer information report as a Word document.
// The file is seed media: uSync/v17/Files/media/<folder>/local-offer-information-report.docx.
if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]))
{
    await Console.Error.WriteLineAsync("Usage: dotnet run --project tools/LocalOfferReport -- <output .docx path>").ConfigureAwait(false);
    return 2;
}

var path = Path.GetFullPath(args[0]);
var folder = Path.GetDirectoryName(path);
if (folder is not null)
{
    Directory.CreateDirectory(folder);
}

var blocks = ReportMarkup.Parse(ReportText.Body);
ReportDocument.Write(path, ReportText.Title, ReportText.Subtitle, ReportText.Publication, blocks);

var errors = ReportDocument.Validate(path);
if (errors.Count > 0)
{
    foreach (var error in errors)
    {
        await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
    }

    return 1;
}

Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length} bytes)");
return 0;
