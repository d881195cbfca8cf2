using System.Globalization;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>One thing wrong with an uploaded file: where (the spreadsheet's row number and column, when there is one) and what.</summary>
public sealed record BoardImportError(int? Row, string? Column, string Message)
{
    /// <summary>"Row 4, column count: …", as the error summary lists it.</summary>
    public string Text => (Row, Column) switch
    {
        ({ } row, { } column) => string.Create(CultureInfo.InvariantCulture, $"Row {row}, column {column}: {Message}"),
        ({ } row, null) => string.Create(CultureInfo.InvariantCulture, $"Row {row}: {Message}"),
        _ => Message,
    };

    public override string ToString() => Text;
}
