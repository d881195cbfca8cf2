using System.Globalization;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>Reads one row's cells as numbers, adding an error (with the row and column) for each that is wrong or missing.</summary>
internal sealed class BoardRowReader(BoardSheetRow row, List<BoardImportError> errors)
{
    public int Row => row.Number;

    public bool Has(string column) => row[column].Length > 0;

    public string Cell(string column) => row[column];

    /// <summary>The errors of the whole file so far: a row is stored only if reading it added none.</summary>
    public int ErrorCount => errors.Count;

    public void Error(string? column, string message) => errors.Add(new BoardImportError(row.Number, column, message));

    /// <summary>A whole number of children, or null (with an error when it is <paramref name="required"/> or not a whole number).</summary>
    public int? Whole(string column, bool required, string what)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required)
            {
                Error(column, $"Enter the {what}");
            }

            return null;
        }

        if (!BoardNumbers.TryWhole(text, out var value))
        {
            Error(column, $"The {what} must be a whole number of children, 0 or more (the file has “{Shorten(text)}”)");
            return null;
        }

        return value;
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, or null (with an error when required, not a number or out of range).</summary>
    public decimal? Number(string column, bool required, string what, decimal min, decimal max, string? overMax = null)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required)
            {
                Error(column, $"Enter the {what}");
            }

            return null;
        }

        if (!BoardNumbers.TryDecimal(text, out var value))
        {
            Error(column, $"The {what} must be a number (the file has “{Shorten(text)}”)");
            return null;
        }

        if (value > max)
        {
            Error(column, overMax ?? string.Create(CultureInfo.InvariantCulture, $"The {what} must be {max} or less (the file has {value})"));
            return null;
        }

        if (value < min)
        {
            Error(column, string.Create(CultureInfo.InvariantCulture, $"The {what} must be {min} or more (the file has {value})"));
            return null;
        }

        return value;
    }

    /// <summary>A column this kind of measure does not use must be left empty.</summary>
    public void Empty(string column, string why)
    {
        if (Has(column))
        {
            Error(column, why);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
