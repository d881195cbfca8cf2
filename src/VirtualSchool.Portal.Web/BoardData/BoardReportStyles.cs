using DocumentFormat.OpenXml.Wordprocessing;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>The report's styles: Arial, and real headings (outline levels) so Word's navigation and screen readers find them.</summary>
internal static class BoardReportStyles
{
    public static Styles Create() => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "22" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading(1, "36"),
        Heading(2, "28"));

    private static Style Heading(int level, string size) => new(
        new StyleName { Val = "heading " + level },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(new Bold(), new FontSize { Val = size }))
    {
        Type = StyleValues.Paragraph,
        StyleId = "Heading" + level,
    };
}
