using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// A measure's figure for every child over the recent terms (a solid line with round markers) against the national
/// figure (a dashed line with square markers). A withheld term has no marker and is labelled <c>c</c>; the line breaks there.
/// </summary>
public static class SvgTrendChart
{
    private const int Width = 640;
    private const int Height = 320;
    private const double Left = 80;
    private const double Right = 620;
    private const double Top = 60;
    private const double Bottom = 260;

    public static IHtmlContent Render(BoardMeasure measure, IReadOnlyList<(BoardTermId Term, ShownFigure? Figure)> trend)
    {
        var id = "trend-" + measure.Code;
        var shown = trend.Where(p => p.Figure is { Value.IsSuppressed: false, Value.Value: not null }).Select(p => p.Figure!.Value.Value!.Value);
        var national = trend.Select(p => p.Figure?.National).OfType<decimal>();
        var top = SvgChart.Top(measure.Kind, shown.Concat(national));
        var svg = new StringBuilder(SvgChart.Open(id, $"{measure.Name}: the last {trend.Count} terms", Describe(measure, trend), Width, Height));
        Legend(svg, trend.Any(p => p.Figure?.National is not null), trend.Any(p => p.Figure?.Value.IsSuppressed == true));
        SvgChart.Gridlines(svg, measure.Kind, top, Left, Right, Bottom, Top);

        double X(int i) => trend.Count == 1 ? (Left + Right) / 2 : Left + 30 + (Right - Left - 60) * i / (trend.Count - 1);
        double Y(decimal value) => Bottom - (Bottom - Top) * (double)(value / top);

        for (var i = 0; i < trend.Count; i++)
        {
            var name = trend[i].Term.ToString().Replace(" term ", " ", StringComparison.Ordinal).Split(' ');
            svg.Append(SvgChart.Text(X(i), Bottom + 20, name[0], "middle"));
            svg.Append(SvgChart.Text(X(i), Bottom + 36, name.Length > 1 ? name[1] : "", "middle"));
        }

        Line(svg, trend.Select(p => p.Figure is { Value: { IsSuppressed: false, Value: { } v } } ? v : (decimal?)null).ToList(), X, Y, SvgChart.Ours, "");
        Line(svg, trend.Select(p => p.Figure?.National).ToList(), X, Y, SvgChart.National, " stroke-dasharray=\"8 5\"");
        for (var i = 0; i < trend.Count; i++)
        {
            if (trend[i].Figure?.National is { } n)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{SvgChart.N(X(i) - 5)}\" y=\"{SvgChart.N(Y(n) - 5)}\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"{SvgChart.National}\" stroke-width=\"2\"/>");
            }

            if (trend[i].Figure is { Value: { IsSuppressed: false, Value: { } v } })
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{SvgChart.N(X(i))}\" cy=\"{SvgChart.N(Y(v))}\" r=\"5\" fill=\"{SvgChart.Ours}\" stroke=\"{SvgChart.Ours}\"/>");
            }
            else if (trend[i].Figure?.Value.IsSuppressed == true)
            {
                svg.Append(SvgChart.Text(X(i), Bottom - 8, ShownCell.SuppressedSymbol, "middle", "bold"));
            }
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>The figures in words, for screen readers (the table beside the chart has them too).</summary>
    public static string Describe(BoardMeasure measure, IReadOnlyList<(BoardTermId Term, ShownFigure? Figure)> trend) =>
        $"{BoardCellText.ValueHeading(measure.Kind)} for all children by term. "
        + string.Join("; ", trend.Select(p => p.Term + ": " + (p.Figure is null ? "no figure"
            : (p.Figure.Value.IsSuppressed ? "c (withheld)" : BoardCellText.Value(p.Figure.Value, measure.Kind))
              + (p.Figure.National is { } n ? ", national " + BoardCellText.Format(n, measure.Kind) : ""))))
        + ".";

    private static void Legend(StringBuilder svg, bool national, bool withheld)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"20\" y1=\"20\" x2=\"50\" y2=\"20\" stroke=\"{SvgChart.Ours}\" stroke-width=\"3\"/><circle cx=\"35\" cy=\"20\" r=\"5\" fill=\"{SvgChart.Ours}\"/>");
        svg.Append(SvgChart.Text(58, 25, "Our children"));
        if (national)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"190\" y1=\"20\" x2=\"220\" y2=\"20\" stroke=\"{SvgChart.National}\" stroke-width=\"3\" stroke-dasharray=\"8 5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"200\" y=\"15\" width=\"10\" height=\"10\" fill=\"#ffffff\" stroke=\"{SvgChart.National}\" stroke-width=\"2\"/>");
            svg.Append(SvgChart.Text(228, 25, "National (looked-after children)"));
        }

        if (withheld)
        {
            svg.Append(SvgChart.Text(460, 25, "c: withheld", "start", "bold"));
        }
    }

    /// <summary>A line through consecutive known points; a gap (no figure, or withheld) breaks it.</summary>
    private static void Line(StringBuilder svg, List<decimal?> values, Func<int, double> x, Func<decimal, double> y, string colour, string dash)
    {
        var path = new StringBuilder();
        var drawing = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                path.Append(drawing ? " L" : " M").Append(SvgChart.N(x(i))).Append(' ').Append(SvgChart.N(y(v)));
                drawing = true;
            }
            else
            {
                drawing = false;
            }
        }

        if (path.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path.ToString().Trim()}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"3\"{dash}/>");
        }
    }
}
