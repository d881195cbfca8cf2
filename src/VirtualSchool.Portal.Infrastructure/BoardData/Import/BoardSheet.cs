namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>An uploaded file read into rows (not yet validated): its header's column names and its data rows.</summary>
public sealed record BoardSheet(IReadOnlyList<string> Columns, IReadOnlyList<BoardSheetRow> Rows)
{
    /// <summary>Builds the rows from a header and cell lists (each list a row's cells in column order, with its row number).</summary>
    public static BoardSheet From(IReadOnlyList<string> header, IEnumerable<(int Number, IReadOnlyList<string> Cells)> rows)
    {
        var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var read = new List<BoardSheetRow>();
        foreach (var (number, cells) in rows)
        {
            var byColumn = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count && i < cells.Count; i++)
            {
                if (columns[i].Length > 0)
                {
                    byColumn.TryAdd(columns[i], cells[i]);
                }
            }

            read.Add(new BoardSheetRow(number, byColumn));
        }

        return new BoardSheet(columns, read);
    }
}
