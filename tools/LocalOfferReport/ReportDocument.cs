using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferReport;

/// <summary>
/// Writes the blocks as a Word document with real Title, Heading 1, Heading 2 and List Bullet styles,
/// so that screen readers and Word's navigation pane see the document's structure.
/// </summary>
internal static class ReportDocument
{
    private const string BulletNumberingId = "1";

    private static readonly System.Xml.Linq.XNamespace CoreNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly System.Xml.Linq.XNamespace DcNs = "http://purl.org/dc/elements/1.1/";
    private static readonly System.Xml.Linq.XNamespace DcTermsNs = "http://purl.org/dc/terms/";
    private static readonly System.Xml.Linq.XNamespace XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    // Fixed (as are the relationship ids below) so that regenerating the report gives the same file size (umbracoBytes in the uSync media item).
    private static readonly DateTime Published = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static void Write(string path, string title, string subtitle, string publication, IReadOnlyList<Block> blocks)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);

        // Explicit relationship ids and a docProps/core.xml part (rather than PackageProperties, which
        // System.IO.Packaging stores under a random name) keep regenerated files byte-for-byte stable.
        var main = document.AddNewPart<MainDocumentPart>(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
        AddCoreProperties(document, title, subtitle);
        AddSettings(main);
        AddStyles(main);
        AddNumbering(main);
        var footerId = AddFooter(main, title);

        var body = new W.Body();
        body.Append(StyledParagraph("Title", title));
        body.Append(StyledParagraph("Subtitle", subtitle));
        body.Append(StyledParagraph("Normal", publication));

        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    body.Append(StyledParagraph(heading.Level == 1 ? "Heading1" : "Heading2", heading.Text));
                    break;
                case Paragraph paragraph:
                    body.Append(StyledParagraph("Normal", paragraph.Text));
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        body.Append(StyledParagraph("ListBullet", item));
                    }

                    break;
                case Table table:
                    body.Append(BuildTable(table));
                    body.Append(StyledParagraph("Normal", string.Empty));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }

        body.Append(new W.SectionProperties(
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerId },
            new W.PageSize { Width = 11906U, Height = 16838U },
            new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));

        main.Document = new W.Document(body);
        main.Document.Save();
    }

    /// <summary>Checks the written file against the Office 2019 schema; returns one line per problem.</summary>
    public static IReadOnlyList<string> Validate(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var validator = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(FileFormatVersions.Office2019);
        return [.. validator.Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    private static W.Paragraph StyledParagraph(string styleId, string text)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = styleId }));
        if (text.Length > 0)
        {
            paragraph.Append(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    private static W.Table BuildTable(Table table)
    {
        const int totalWidth = 9026; // A4 width less two 1-inch margins, in twentieths of a point.
        var columns = table.Header.Count;
        var firstWidth = columns == 2 ? totalWidth * 3 / 10 : totalWidth / columns;
        var otherWidth = columns == 2 ? totalWidth - firstWidth : totalWidth / columns;

        var grid = new W.TableGrid();
        for (var i = 0; i < columns; i++)
        {
            grid.Append(new W.GridColumn { Width = (i == 0 ? firstWidth : otherWidth).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var result = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = "TableGrid" },
                new W.TableWidth { Width = totalWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                new W.TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            grid);

        result.Append(Row(table.Header, header: true, firstWidth, otherWidth));
        foreach (var row in table.Rows)
        {
            result.Append(Row(row, header: false, firstWidth, otherWidth));
        }

        return result;
    }

    private static W.TableRow Row(IReadOnlyList<string> cells, bool header, int firstWidth, int otherWidth)
    {
        var row = new W.TableRow();
        if (header)
        {
            // Repeats the header row on each page and tells assistive technology it is a header.
            row.Append(new W.TableRowProperties(new W.TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var run = new W.Run();
            if (header)
            {
                run.Append(new W.RunProperties(new W.Bold()));
            }

            run.Append(new W.Text(cells[i]) { Space = SpaceProcessingModeValues.Preserve });
            var width = (i == 0 ? firstWidth : otherWidth).ToString(System.Globalization.CultureInfo.InvariantCulture);
            row.Append(new W.TableCell(
                new W.TableCellProperties(new W.TableCellWidth { Width = width, Type = W.TableWidthUnitValues.Dxa }),
                new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "TableText" }), run)));
        }

        return row;
    }

    private static void AddCoreProperties(WordprocessingDocument document, string title, string subtitle)
    {
        var core = document.AddNewPart<CoreFilePropertiesPart>(
            "application/vnd.openxmlformats-package.core-properties+xml", "rId2");
        var when = Published.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var xml = new System.Xml.Linq.XDocument(
            new System.Xml.Linq.XDeclaration("1.0", "utf-8", "yes"),
            new System.Xml.Linq.XElement(
                CoreNs + "coreProperties",
                new System.Xml.Linq.XAttribute(System.Xml.Linq.XNamespace.Xmlns + "cp", CoreNs.NamespaceName),
                new System.Xml.Linq.XAttribute(System.Xml.Linq.XNamespace.Xmlns + "dc", DcNs.NamespaceName),
                new System.Xml.Linq.XAttribute(System.Xml.Linq.XNamespace.Xmlns + "dcterms", DcTermsNs.NamespaceName),
                new System.Xml.Linq.XAttribute(System.Xml.Linq.XNamespace.Xmlns + "xsi", XsiNs.NamespaceName),
                new System.Xml.Linq.XElement(DcNs + "title", title),
                new System.Xml.Linq.XElement(DcNs + "subject", subtitle),
                new System.Xml.Linq.XElement(DcNs + "creator", "Cambridgeshire Virtual School"),
                new System.Xml.Linq.XElement(DcNs + "language", "en-GB"),
                new System.Xml.Linq.XElement(DcTermsNs + "created", new System.Xml.Linq.XAttribute(XsiNs + "type", "dcterms:W3CDTF"), when),
                new System.Xml.Linq.XElement(DcTermsNs + "modified", new System.Xml.Linq.XAttribute(XsiNs + "type", "dcterms:W3CDTF"), when)));
        using var stream = core.GetStream(FileMode.Create, FileAccess.Write);
        xml.Save(stream);
    }

    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settings.Settings = new W.Settings(
            new W.Zoom { Percent = "100" },
            new W.DefaultTabStop { Val = 720 },
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
            new W.Compatibility(new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new W.ThemeFontLanguages { Val = "en-GB" });
        settings.Settings.Save();
    }

    private static string AddFooter(MainDocumentPart main, string title)
    {
        var footerPart = main.AddNewPart<FooterPart>("rIdFooter1");
        footerPart.Footer = new W.Footer(
            new W.Paragraph(
                new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Footer" }),
                new W.Run(new W.Text($"Cambridgeshire Virtual School: {title}. Page ") { Space = SpaceProcessingModeValues.Preserve }),
                new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " }));
        footerPart.Footer.Save();
        return main.GetIdOfPart(footerPart);
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        numbering.Numbering = new W.Numbering(
            new W.AbstractNum(
                new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
                new W.Level(
                    new W.StartNumberingValue { Val = 1 },
                    new W.NumberingFormat { Val = W.NumberFormatValues.Bullet },
                    new W.LevelText { Val = "\u2022" },
                    new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                    new W.PreviousParagraphProperties(new W.Indentation { Left = "720", Hanging = "360" }),
                    new W.NumberingSymbolRunProperties(new W.RunFonts { Ascii = "Arial", HighAnsi = "Arial" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new W.NumberingInstance(new W.AbstractNumId { Val = 1 }) { NumberID = int.Parse(BulletNumberingId, System.Globalization.CultureInfo.InvariantCulture) });
        numbering.Numbering.Save();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        var styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = "Arial", HighAnsi = "Arial", EastAsia = "Arial", ComplexScript = "Arial" },
                    new W.FontSize { Val = "24" },
                    new W.FontSizeComplexScript { Val = "24" },
                    new W.Languages { Val = "en-GB" })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                    new W.SpacingBetweenLines { After = "160", Line = "300", LineRule = W.LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", isDefault: true));
        styles.Append(ParagraphStyle("Title", "Title", outline: null, size: 52, bold: true, before: 0, after: 240));
        styles.Append(ParagraphStyle("Subtitle", "Subtitle", outline: null, size: 32, bold: false, before: 0, after: 240));
        styles.Append(ParagraphStyle("Heading1", "heading 1", outline: 0, size: 36, bold: true, before: 480, after: 200));
        styles.Append(ParagraphStyle("Heading2", "heading 2", outline: 1, size: 28, bold: true, before: 320, after: 120));
        styles.Append(ParagraphStyle("TableText", "Table Text", outline: null, size: 22, bold: false, before: 60, after: 60));
        styles.Append(ParagraphStyle("Footer", "footer", outline: null, size: 18, bold: false, before: 0, after: 0));

        var listBullet = ParagraphStyle("ListBullet", "List Bullet", outline: null, size: null, bold: false, before: 0, after: 80);
        listBullet.StyleParagraphProperties!.PrependChild(new W.NumberingProperties(
            new W.NumberingLevelReference { Val = 0 },
            new W.NumberingId { Val = int.Parse(BulletNumberingId, System.Globalization.CultureInfo.InvariantCulture) }));
        styles.Append(listBullet);

        styles.Append(new W.Style(
            new W.StyleName { Val = "Table Grid" },
            new W.BasedOn { Val = "TableNormal" },
            new W.UIPriority { Val = 39 },
            new W.StyleTableProperties(
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                    new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" }),
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
        { Type = W.StyleValues.Table, StyleId = "TableGrid" });

        stylesPart.Styles = styles;
        stylesPart.Styles.Save();
    }

    private static W.Style ParagraphStyle(string id, string name, bool isDefault)
    {
        var style = new W.Style(
            new W.StyleName { Val = name },
            new W.PrimaryStyle(),
            new W.StyleParagraphProperties())
        { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        return style;
    }

    private static W.Style ParagraphStyle(string id, string name, int? outline, int? size, bool bold, int before, int after)
    {
        var paragraphProperties = new W.StyleParagraphProperties(
            new W.KeepNext(),
            new W.SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (outline is null)
        {
            paragraphProperties.RemoveAllChildren<W.KeepNext>();
        }
        else
        {
            paragraphProperties.Append(new W.OutlineLevel { Val = outline.Value });
        }

        var runProperties = new W.StyleRunProperties();
        if (bold)
        {
            runProperties.Append(new W.Bold());
            runProperties.Append(new W.BoldComplexScript());
        }

        if (size is not null)
        {
            var value = size.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            runProperties.Append(new W.FontSize { Val = value });
            runProperties.Append(new W.FontSizeComplexScript { Val = value });
        }

        var style = new W.Style(
            new W.StyleName { Val = name },
            new W.BasedOn { Val = "Normal" },
            new W.NextParagraphStyle { Val = "Normal" },
            new W.PrimaryStyle(),
            paragraphProperties,
            runProperties)
        { Type = W.StyleValues.Paragraph, StyleId = id };
        return style;
    }
}
