namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>The data officer's commentary is plain text: its paragraphs are the lines between blank lines.</summary>
public static class BoardCommentary
{
    public static IReadOnlyList<string> Paragraphs(string? commentary) =>
        (commentary ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)))
            .ToList();
}
