using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// The term's report for the Board's papers (.docx): the same suppressed figures as the dashboard, by theme, with the
/// summary, the commentary, what <c>c</c> means, and the example marking when the figures are made up. Real heading
/// styles and table header rows, so it reads well with a screen reader.
/// </summary>
public static class BoardReportDocument
{
    public static string FileName(SuppressedTerm term) => $"board-data-report-{term.Term.Slug}.docx";

    public static string Title(SuppressedTerm term) => $"Board data report: {term.Term}";

    public static byte[] Write(BoardDashboardTerm model)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = Title(model.Current);
            document.PackageProperties.Creator = "Virtual School";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = BoardReportStyles.Create();
            var body = new Body();
            Content(body, model);
            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void Content(Body body, BoardDashboardTerm model)
    {
        var term = model.Current;
        body.Append(Heading(Title(term), 1));
        if (term.IsExample)
        {
            body.Append(Paragraph("Example figures: these are made up, not real children's data.", bold: true));
        }

        body.Append(Paragraph($"Version {term.Version}" + (term.PublishedUtc is { } at ? ", published to the Board on " + BoardSuppressionText.Date(at) + "." : ".")));
        body.Append(Heading(model.Previous is null ? "What changed since last term" : $"What changed since the {model.Previous.Term}", 2));
        if (model.Previous is null)
        {
            body.Append(Paragraph("This is the first term published to the Board: there is no earlier term to compare it with."));
        }
        else
        {
            foreach (var sentence in model.Changes.DefaultIfEmpty("No figure changed enough to mention."))
            {
                body.Append(Paragraph("• " + sentence));
            }
        }

        body.Append(Heading("Commentary", 2));
        foreach (var paragraph in BoardCommentary.Paragraphs(term.Commentary).DefaultIfEmpty("There is no commentary for this term."))
        {
            body.Append(Paragraph(paragraph));
        }

        body.Append(Heading("What c means", 2));
        foreach (var line in BoardSuppressionText.Explanation(model.Rules))
        {
            body.Append(Paragraph(line));
        }

        foreach (var theme in model.Themes)
        {
            body.Append(Heading(theme.Key, 2));
            body.Append(Table(model, theme.ToList()));
            body.Append(Paragraph(""));
        }
    }

    private static Table Table(BoardDashboardTerm model, IReadOnlyList<BoardMeasure> measures)
    {
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(Row(["Measure", "Group", "Count", "Cohort", "Figure", "National"], header: true));
        foreach (var measure in measures)
        {
            foreach (var row in model.Rows(measure))
            {
                table.Append(Row(
                [
                    measure.Name, row.Group.Name, BoardCellText.Children(row.Count), BoardCellText.Children(row.Cohort),
                    BoardCellText.Value(row.Value, measure.Kind), BoardCellText.National(row.National, measure.Kind),
                ], header: false));
            }
        }

        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            row.Append(new TableCell(Paragraph(cell, bold: header)));
        }

        return row;
    }

    private static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading" + level }), new Run(new Text(text)));

    private static Paragraph Paragraph(string text, bool bold = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return new Paragraph(run);
    }
}
