namespace VirtualSchool.Portal.Core.Tests.BoardData;

/// <summary>
/// Homogeneous linear equations over exact fractions (the right-hand sides do not matter: whether an unknown is fixed
/// depends on the coefficients alone). An unknown is determined exactly when its unit vector lies in the row space,
/// which in reduced row echelon form means some row has that unknown as its only non-zero coefficient.
/// </summary>
internal sealed class SuppressionLinearSystem
{
    private readonly List<Dictionary<int, SuppressionFraction>> rows = [];

    public void Add(Dictionary<int, SuppressionFraction> coefficients)
    {
        var row = coefficients.Where(c => !c.Value.IsZero).ToDictionary(c => c.Key, c => c.Value);
        if (row.Count > 0)
        {
            rows.Add(row);
        }
    }

    public IReadOnlySet<int> Determined()
    {
        var reduced = Reduce();
        return reduced.Where(r => r.Count == 1).Select(r => r.Keys.Single()).ToHashSet();
    }

    private List<Dictionary<int, SuppressionFraction>> Reduce()
    {
        var work = rows.Select(r => new Dictionary<int, SuppressionFraction>(r)).ToList();
        var done = new List<Dictionary<int, SuppressionFraction>>();
        while (work.Count > 0)
        {
            var pivotRow = work[^1];
            work.RemoveAt(work.Count - 1);
            if (pivotRow.Count == 0)
            {
                continue;
            }

            var pivot = pivotRow.Keys.Min();
            var scale = SuppressionFraction.One / pivotRow[pivot];
            pivotRow = pivotRow.ToDictionary(c => c.Key, c => c.Value * scale);
            foreach (var other in work.Concat(done))
            {
                Eliminate(other, pivotRow, pivot);
            }

            done.Add(pivotRow);
        }

        return done;
    }

    private static void Eliminate(Dictionary<int, SuppressionFraction> row, Dictionary<int, SuppressionFraction> pivotRow, int pivot)
    {
        if (!row.TryGetValue(pivot, out var factor))
        {
            return;
        }

        foreach (var (column, value) in pivotRow)
        {
            var updated = row.GetValueOrDefault(column, SuppressionFraction.Zero) - (factor * value);
            if (updated.IsZero)
            {
                row.Remove(column);
            }
            else
            {
                row[column] = updated;
            }
        }
    }
}
