using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// A measure's figure this term for every child and for each group (horizontal bars, each labelled with its group and
/// its value; every child's bar is hatched so it does not rely on colour), with the national figure as a dashed line.
/// A withheld group has no bar, only <c>c</c>.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const double LabelRight = 200;
    private const double BarLeft = 210;
    private const double BarRight = 560;
    private const double Row = 36;
    private const double First = 50;

    public static IHtmlContent Render(BoardMeasure measure, BoardTermId term, IReadOnlyList<ShownFigure> rows)
    {
        var id = "groups-" + measure.Code;
        var national = rows.FirstOrDefault(r => r.Group.Code == BoardGroups.All)?.National;
        var values = rows.Where(r => r.Value is { IsSuppressed: false, Value: not null }).Select(r => r.Value.Value!.Value);
        var top = SvgChart.Top(measure.Kind, national is { } n ? values.Append(n) : values);
        var height = (int)(First + rows.Count * Row + 30);
        var svg = new StringBuilder(SvgChart.Open(id, $"{measure.Name} by group, {term}", Describe(measure, rows), Width, height));
        svg.Append(CultureInfo.InvariantCulture, $"<defs><pattern id=\"{id}-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + $"<rect width=\"8\" height=\"8\" fill=\"{SvgChart.Ours}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern></defs>");
        svg.Append(SvgChart.Text(BarLeft, 24, "Hatched: all children; plain: a group" + (national is null ? "" : "; dashed line: national")));

        double X(decimal value) => BarLeft + (BarRight - BarLeft) * (double)(value / top);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = First + i * Row;
            svg.Append(SvgChart.Text(LabelRight, y + 17, row.Group.Name, "end"));
            if (row.Value is { IsSuppressed: false, Value: { } value })
            {
                var fill = row.Group.Code == BoardGroups.All ? $"url(#{id}-hatch)" : SvgChart.Ours;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{SvgChart.N(BarLeft)}\" y=\"{SvgChart.N(y)}\" width=\"{SvgChart.N(Math.Max(X(value) - BarLeft, 1))}\" height=\"24\" fill=\"{fill}\" stroke=\"{SvgChart.Ours}\"/>");
                svg.Append(SvgChart.Text(X(value) + 6, y + 17, BoardCellText.Format(value, measure.Kind)));
            }
            else if (row.Value.IsSuppressed)
            {
                svg.Append(SvgChart.Text(BarLeft + 6, y + 17, ShownCell.SuppressedSymbol + " (withheld)", "start", "bold"));
            }
        }

        var bottom = First + rows.Count * Row;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{SvgChart.N(BarLeft)}\" y1=\"{SvgChart.N(First - 6)}\" x2=\"{SvgChart.N(BarLeft)}\" y2=\"{SvgChart.N(bottom)}\" stroke=\"{SvgChart.Ink}\" stroke-width=\"1\"/>");
        if (national is { } line)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{SvgChart.N(X(line))}\" y1=\"{SvgChart.N(First - 6)}\" x2=\"{SvgChart.N(X(line))}\" y2=\"{SvgChart.N(bottom)}\" stroke=\"{SvgChart.National}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.Append(SvgChart.Text(X(line), bottom + 18, "National " + BoardCellText.Format(line, measure.Kind), "middle"));
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    public static string Describe(BoardMeasure measure, IReadOnlyList<ShownFigure> rows) =>
        $"{BoardCellText.ValueHeading(measure.Kind)} by group. "
        + string.Join("; ", rows.Select(r => r.Group.Name + ": " + (r.Value.IsSuppressed ? "c (withheld)" : BoardCellText.Value(r.Value, measure.Kind))))
        + (rows.FirstOrDefault(r => r.Group.Code == BoardGroups.All)?.National is { } n ? $". National: {BoardCellText.Format(n, measure.Kind)}" : "")
        + ".";
}
