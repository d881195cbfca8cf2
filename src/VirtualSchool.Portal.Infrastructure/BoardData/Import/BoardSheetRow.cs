namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>A data row of an uploaded file: its row number as the spreadsheet shows it, and its cells by column name (lower case).</summary>
public sealed record BoardSheetRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed cell, or "" when the row has none in that column.</summary>
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value.Trim() : "";

    public bool IsBlank => Cells.Values.All(string.IsNullOrWhiteSpace);
}
