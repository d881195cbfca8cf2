using System.Globalization;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>
/// Checks a read file row by row against the catalogue (<see cref="BoardMeasures"/>, <see cref="BoardGroups"/>) and
/// what each kind of measure needs (<see cref="MeasureKind"/>), then across rows (a measure and group given twice; a
/// breakdown whose parts do not add up to all children). Every error is listed; the figures are returned only when
/// there is none. A row with no figures at all (the template's untouched rows) is left out.
/// </summary>
public static class BoardFileValidator
{
    public static BoardImportResult Validate(BoardSheet sheet)
    {
        var errors = new List<BoardImportError>();
        foreach (var column in BoardColumns.Required.Where(c => !sheet.Columns.Contains(c)))
        {
            errors.Add(new BoardImportError(1, column, $"The header row has no “{column}” column: use the template's header row (measure, group, count, cohort, value, national)"));
        }

        if (sheet.Rows.Count > XlsxSheetReader.MaxRows)
        {
            errors.Add(new BoardImportError(null, null, string.Create(CultureInfo.InvariantCulture,
                $"The file has {sheet.Rows.Count} rows, more than {XlsxSheetReader.MaxRows}: upload the template with one row for each measure and group")));
        }

        if (errors.Count > 0)
        {
            return BoardImportResult.Failed(errors);
        }

        var figures = new List<(int Row, BoardFigure Figure)>();
        foreach (var row in sheet.Rows.Where(r => !IsUnfilled(r)))
        {
            if (BoardRowValidator.Read(new BoardRowReader(row, errors)) is not { } figure)
            {
                continue;
            }

            var earlier = figures.FirstOrDefault(f => f.Figure.Measure == figure.Measure && f.Figure.Group == figure.Group);
            if (earlier.Figure is not null)
            {
                errors.Add(new BoardImportError(row.Number, null, string.Create(CultureInfo.InvariantCulture,
                    $"The measure {figure.Measure} for the group {figure.Group} is already on row {earlier.Row}: give each measure and group once")));
                continue;
            }

            figures.Add((row.Number, figure));
        }

        CheckBreakdowns(figures, errors);
        if (errors.Count == 0 && figures.Count == 0)
        {
            errors.Add(new BoardImportError(null, null, "The file has no figures: fill in the count, cohort or value on at least one row"));
        }

        if (errors.Count > 0)
        {
            return BoardImportResult.Failed([.. errors.OrderBy(e => e.Row ?? 0)]);
        }

        return new BoardImportResult([.. figures.Select(f => f.Figure).OrderBy(Position)], []);
    }

    /// <summary>The catalogue's order: measures, then groups.</summary>
    public static int Position(BoardFigure figure) =>
        BoardMeasures.All.ToList().FindIndex(m => m.Code == figure.Measure) * 100
        + BoardGroups.Known.ToList().FindIndex(g => g.Code == figure.Group);

    private static bool IsUnfilled(BoardSheetRow row) =>
        row.IsBlank || (row[BoardColumns.Count].Length == 0 && row[BoardColumns.Cohort].Length == 0
            && row[BoardColumns.Value].Length == 0 && row[BoardColumns.National].Length == 0);

    /// <summary>The parts of a breakdown add up to all children, for counts and for cohorts, where all of them are given.</summary>
    private static void CheckBreakdowns(List<(int Row, BoardFigure Figure)> figures, List<BoardImportError> errors)
    {
        foreach (var measure in figures.Select(f => f.Figure.Measure).Distinct())
        {
            var rows = figures.Where(f => f.Figure.Measure == measure).ToList();
            var all = rows.FirstOrDefault(f => f.Figure.Group == BoardGroups.All);
            if (all.Figure is null)
            {
                continue;
            }

            foreach (var breakdown in BoardGroups.Breakdowns)
            {
                var parts = breakdown.Select(g => rows.FirstOrDefault(f => f.Figure.Group == g.Code)).ToList();
                if (parts.Any(p => p.Figure is null))
                {
                    continue;
                }

                var names = string.Join(" and ", breakdown.Select(g => g.Name.ToLowerInvariant()));
                AddsUp(all, parts.Select(p => p.Figure.Count), all.Figure.Count, BoardColumns.Count, names, errors);
                AddsUp(all, parts.Select(p => p.Figure.Cohort), all.Figure.Cohort, BoardColumns.Cohort, names, errors);
            }
        }
    }

    private static void AddsUp((int Row, BoardFigure Figure) all, IEnumerable<int?> parts, int? total, string column, string names, List<BoardImportError> errors)
    {
        var values = parts.ToList();
        if (total is null || values.Any(v => v is null))
        {
            return;
        }

        var sum = values.Sum(v => v!.Value);
        if (sum != total)
        {
            errors.Add(new BoardImportError(all.Row, column, string.Create(CultureInfo.InvariantCulture,
                $"The {column} for all children of {all.Figure.Measure} is {total}, but the rows for {names} add up to {sum}: the parts of a breakdown must add up to all children")));
        }
    }
}
