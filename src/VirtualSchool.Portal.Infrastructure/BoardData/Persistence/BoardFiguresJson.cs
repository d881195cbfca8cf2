using System.Text.Json;
using VirtualSchool.Portal.Core.BoardData;

namespace VirtualSchool.Portal.Infrastructure.BoardData.Persistence;

/// <summary>A version's figures as one JSON column: they are always read and written together.</summary>
public static class BoardFiguresJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<BoardFigure> figures) => JsonSerializer.Serialize(figures, Json);

    public static IReadOnlyList<BoardFigure> Read(string json) =>
        JsonSerializer.Deserialize<List<BoardFigure>>(json, Json) ?? [];
}
