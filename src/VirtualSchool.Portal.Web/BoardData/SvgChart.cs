using System.Globalization;
using System.Net;
using System.Text;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// What the dashboard's charts share: an <c>svg</c> with <c>role="img"</c> named by its <c>title</c> and described by
/// its <c>desc</c> (the figures in words), colours with enough contrast, and the scale of a measure's kind. Colour is
/// never the only cue: series differ by line style and marker shape and everything is labelled directly.
/// </summary>
internal static class SvgChart
{
    public const string Ink = "#0b0c0c";
    public const string Ours = "#1d70b8";
    public const string National = "#505a5f";
    public const string Grid = "#b1b4b6";

    public static string Open(string id, string title, string description, int width, int height) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"100%\" "
        + $"aria-labelledby=\"{id}-title {id}-desc\" font-family=\"Arial, sans-serif\" font-size=\"13\" data-chart=\"{Encode(id)}\">"
        + $"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>";

    public static string Text(double x, double y, string text, string anchor = "start", string weight = "normal") =>
        $"<text x=\"{N(x)}\" y=\"{N(y)}\" fill=\"{Ink}\" text-anchor=\"{anchor}\" font-weight=\"{weight}\">{Encode(text)}</text>";

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A coordinate, invariant and short.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The top of the scale: 100 for percentages and rates, otherwise a round number at or above the largest figure.</summary>
    public static decimal Top(MeasureKind kind, IEnumerable<decimal> values)
    {
        if (kind is MeasureKind.Percentage or MeasureKind.Rate)
        {
            return 100m;
        }

        var max = (double)values.DefaultIfEmpty(0m).Max();
        if (max <= 0)
        {
            return 10m;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.First(s => s * magnitude >= max);
        return (decimal)(step * magnitude);
    }

    /// <summary>Horizontal grid lines with their values at the left, from 0 to <paramref name="top"/>.</summary>
    public static void Gridlines(StringBuilder svg, MeasureKind kind, decimal top, double left, double right, double y0, double y1)
    {
        for (var i = 0; i <= 4; i++)
        {
            var value = top * i / 4;
            var y = y0 - (y0 - y1) * i / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(left)}\" y1=\"{N(y)}\" x2=\"{N(right)}\" y2=\"{N(y)}\" stroke=\"{Grid}\" stroke-width=\"1\"/>");
            svg.Append(Text(left - 6, y + 4, BoardCellText.Format(value, kind), "end"));
        }
    }
}
