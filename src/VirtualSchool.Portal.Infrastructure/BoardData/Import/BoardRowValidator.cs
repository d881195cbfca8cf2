using System.Globalization;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>One row's checks: a known measure and group, and the columns its kind of measure needs (<see cref="MeasureKind"/>).</summary>
internal static class BoardRowValidator
{
    private const string ValueColumn = BoardColumns.Value;

    public static BoardFigure? Read(BoardRowReader row)
    {
        var measure = Measure(row);
        var group = Group(row);
        if (measure is null)
        {
            return null;
        }

        var before = ErrorsSoFar(row);
        var figure = measure.Kind switch
        {
            MeasureKind.Count => Count(row, measure),
            MeasureKind.Percentage => Percentage(row, measure),
            MeasureKind.Rate => Scored(row, measure, "rate", 100, "A rate is a percentage: it cannot be over 100"),
            MeasureKind.Average => Scored(row, measure, "average score", 90, "An average score (Attainment 8) cannot be over 90"),
            _ => Money(row, measure),
        };
        var national = National(row, measure);
        return group is null || figure is null || before != ErrorsSoFar(row) ? null : figure with { Group = group.Code, National = national };
    }

    private static BoardMeasure? Measure(BoardRowReader row)
    {
        var code = row.Cell(BoardColumns.Measure);
        if (code.Length == 0)
        {
            row.Error(BoardColumns.Measure, "Enter the measure's code from the template (for example attendance)");
            return null;
        }

        var measure = BoardMeasures.Find(code);
        if (measure is null)
        {
            row.Error(BoardColumns.Measure, $"“{Shorten(code)}” is not a measure: use a code from the template (for example ks2-reading)");
        }

        return measure;
    }

    private static BoardGroup? Group(BoardRowReader row)
    {
        var code = row.Cell(BoardColumns.Group);
        if (code.Length == 0)
        {
            row.Error(BoardColumns.Group, "Enter the group: " + string.Join(", ", BoardGroups.Known.Select(g => g.Code)));
            return null;
        }

        var group = BoardGroups.Find(code);
        if (group is null)
        {
            row.Error(BoardColumns.Group, $"“{Shorten(code)}” is not a group: use one of " + string.Join(", ", BoardGroups.Known.Select(g => g.Code)));
        }

        return group;
    }

    private static BoardFigure? Count(BoardRowReader row, BoardMeasure measure)
    {
        var count = row.Whole(BoardColumns.Count, true, "count");
        var cohort = row.Whole(BoardColumns.Cohort, false, "cohort");
        row.Empty(ValueColumn, "Leave the value empty for a count: the count is the figure");
        if (count is null)
        {
            return null;
        }

        if (cohort is not null && count > cohort)
        {
            row.Error(BoardColumns.Count, $"The count ({count}) is larger than its cohort ({cohort})");
            return null;
        }

        return new BoardFigure(measure.Code, BoardGroups.All, count, cohort, count.Value, null);
    }

    private static BoardFigure? Percentage(BoardRowReader row, BoardMeasure measure)
    {
        var count = row.Whole(BoardColumns.Count, true, "count");
        var cohort = row.Whole(BoardColumns.Cohort, true, "cohort");
        var given = row.Number(ValueColumn, false, "percentage", 0, 100, "A percentage cannot be over 100");
        if (count is null || cohort is null)
        {
            return null;
        }

        if (cohort == 0)
        {
            row.Error(BoardColumns.Cohort, "The cohort must be 1 or more: a percentage of no children has no value (leave the row empty)");
            return null;
        }

        if (count > cohort)
        {
            row.Error(BoardColumns.Count, $"The count ({count}) is larger than its cohort ({cohort})");
            return null;
        }

        var value = Math.Round(count.Value * 100m / cohort.Value, 1, MidpointRounding.AwayFromZero);
        if (given is { } typed && Math.Abs(typed - value) > 0.1m)
        {
            row.Error(ValueColumn, $"The value ({typed}) is not the count divided by the cohort ({value.ToString("0.0", CultureInfo.InvariantCulture)}%): leave the value empty and it is worked out");
            return null;
        }

        return new BoardFigure(measure.Code, BoardGroups.All, count, cohort, value, null);
    }

    /// <summary>A rate or an average: the value and the cohort it is over; no count.</summary>
    private static BoardFigure? Scored(BoardRowReader row, BoardMeasure measure, string what, decimal max, string overMax)
    {
        row.Empty(BoardColumns.Count, $"Leave the count empty for a {what}: give the value and the cohort");
        var cohort = row.Whole(BoardColumns.Cohort, true, "cohort");
        var value = row.Number(ValueColumn, true, what, 0, max, overMax);
        if (cohort == 0)
        {
            row.Error(BoardColumns.Cohort, $"The cohort must be 1 or more: a {what} of no children has no value (leave the row empty)");
            return null;
        }

        return cohort is null || value is null ? null : new BoardFigure(measure.Code, BoardGroups.All, null, cohort, value.Value, null);
    }

    private static BoardFigure? Money(BoardRowReader row, BoardMeasure measure)
    {
        row.Empty(BoardColumns.Count, "Leave the count empty for an amount of money: give the value in pounds");
        var cohort = row.Whole(BoardColumns.Cohort, false, "cohort");
        var value = row.Number(ValueColumn, true, "amount in pounds", 0, 100_000_000m);
        return value is null ? null : new BoardFigure(measure.Code, BoardGroups.All, null, cohort, value.Value, null);
    }

    private static decimal? National(BoardRowReader row, BoardMeasure measure)
    {
        if (!measure.HasNational)
        {
            row.Empty(BoardColumns.National, "No national figure is published for this measure: leave national empty");
            return null;
        }

        var max = measure.Kind is MeasureKind.Percentage or MeasureKind.Rate ? 100m : measure.Kind == MeasureKind.Average ? 90m : 100_000_000m;
        return row.Number(BoardColumns.National, false, "national figure", 0, max);
    }

    private static int ErrorsSoFar(BoardRowReader row) => row.ErrorCount;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
