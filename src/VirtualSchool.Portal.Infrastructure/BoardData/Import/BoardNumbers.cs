using System.Globalization;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Import;

/// <summary>Reads a cell's number as a data officer types it: "1,234", "91.2", "91.2%", "£1,250.00".</summary>
internal static class BoardNumbers
{
    public static bool TryDecimal(string text, out decimal value)
    {
        var clean = text.Trim().TrimStart('£').TrimEnd('%').Trim();
        return decimal.TryParse(clean, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A whole number of children (0 or more); "12.0" from a spreadsheet counts as 12.</summary>
    public static bool TryWhole(string text, out int value)
    {
        value = 0;
        if (!TryDecimal(text, out var number) || number < 0 || number != decimal.Truncate(number) || number > 1_000_000)
        {
            return false;
        }

        value = (int)number;
        return true;
    }
}
