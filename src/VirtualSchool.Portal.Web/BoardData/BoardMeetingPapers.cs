using System.Text.Json.Nodes;
using VirtualSchool.Portal.Core.PropertyEditors;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>A meeting's <c>papers</c> (a media picker's JSON, as the content section saves it) with one more paper at the end.</summary>
public static class BoardMeetingPapers
{
    public static string Append(string? papers, Guid mediaKey)
    {
        var list = new JsonArray();
        if (papers?.TrimStart().StartsWith('[') == true && JsonNode.Parse(papers) is JsonArray existing)
        {
            list = existing;
        }
        else
        {
            // Legacy UDI lists become the picker's JSON, in the same order.
            foreach (var key in StoredValues.MediaKeys(papers))
            {
                list.Add(Entry(key));
            }
        }

        list.Add(Entry(mediaKey));
        return list.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Entry(Guid mediaKey) => new()
    {
        ["key"] = Guid.NewGuid().ToString(),
        ["mediaKey"] = mediaKey.ToString(),
        ["mediaTypeAlias"] = "",
        ["crops"] = new JsonArray(),
        ["focalPoint"] = null,
    };
}
