namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>Reads an uploaded file as the template's .xlsx or .csv, by its name and its first bytes, then validates it.</summary>
public static class BoardFileReader
{
    public static BoardImportResult Check(Stream stream, string? fileName)
    {
        var errors = new List<BoardImportError>();
        var sheet = Read(stream, fileName, errors);
        return sheet is null ? BoardImportResult.Failed(errors) : BoardFileValidator.Validate(sheet);
    }

    public static BoardSheet? Read(Stream stream, string? fileName, List<BoardImportError> errors)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
        {
            errors.Add(new BoardImportError(null, null, "The file must be the template as an .xlsx workbook or a .csv file"));
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        if (buffer.Length == 0)
        {
            errors.Add(new BoardImportError(null, null, "The file is empty"));
            return null;
        }

        // A workbook is a zip file ("PK"); a .csv that is really a workbook (or the other way round) is refused plainly.
        var zipped = buffer.Length > 2 && buffer.GetBuffer()[0] == (byte)'P' && buffer.GetBuffer()[1] == (byte)'K';
        if (zipped != (extension == ".xlsx"))
        {
            errors.Add(new BoardImportError(null, null, extension == ".xlsx"
                ? "The file is not an Excel workbook: download the .xlsx template, fill it in and upload it again"
                : "The file is not a CSV file: save the template as CSV UTF-8 (comma delimited), or upload the .xlsx"));
            return null;
        }

        return zipped ? XlsxSheetReader.Read(buffer, errors) : CsvSheetReader.Read(buffer, errors);
    }
}
