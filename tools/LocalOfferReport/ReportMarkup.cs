namespace LocalOfferReport;

/// <summary>One block of the report: a heading, a paragraph, a bullet list or a table.</summary>
internal abstract record Block;

internal sealed record Heading(int Level, string Text) : Block;

internal sealed record Paragraph(string Text) : Block;

internal sealed record BulletList(IReadOnlyList<string> Items) : Block;

internal sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>
/// Reads the report's small markup: "# " and "## " start headings, "- " starts a bullet,
/// "| a | b |" lines make a table (the first row is the header), and blank lines end paragraphs.
/// A line that follows a bullet without a blank line continues that bullet.
/// </summary>
internal static class ReportMarkup
{
    public static IReadOnlyList<Block> Parse(string text)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        var bullets = new List<string>();
        var rows = new List<IReadOnlyList<string>>();

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Paragraph(string.Join(' ', paragraph)));
                paragraph.Clear();
            }

            if (bullets.Count > 0)
            {
                blocks.Add(new BulletList([.. bullets]));
                bullets.Clear();
            }

            if (rows.Count > 0)
            {
                blocks.Add(new Table(rows[0], [.. rows.Skip(1)]));
                rows.Clear();
            }
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new Heading(2, line[3..]));
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new Heading(1, line[2..]));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (paragraph.Count > 0 || rows.Count > 0)
                {
                    Flush();
                }

                bullets.Add(line[2..]);
            }
            else if (line.StartsWith('|'))
            {
                if (paragraph.Count > 0 || bullets.Count > 0)
                {
                    Flush();
                }

                rows.Add([.. line.Trim('|').Split('|').Select(cell => cell.Trim())]);
            }
            else if (bullets.Count > 0)
            {
                bullets[^1] += " " + line;
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush();
        return blocks;
    }
}
