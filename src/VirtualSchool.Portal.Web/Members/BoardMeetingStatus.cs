using System.Text.Json;
using System.Text.Json.Nodes;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>The values of a board meeting's status property.</summary>
public static class BoardMeetingStatus
{
    public const string Scheduled = "Scheduled";
    public const string PapersPublished = "Papers published";
    public const string MinutesApproved = "Minutes approved";

    public static readonly IReadOnlyList<string> All = [Scheduled, PapersPublished, MinutesApproved];

    /// <summary>
    /// The status a stored value names. The seed stores the bare word; the back office's dropdown stores
    /// Umbraco's JSON array (<c>["Scheduled"]</c>); both mean the same. Null when nothing is chosen.
    /// </summary>
    public static string? Of(string? stored)
    {
        var value = stored?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.StartsWith('['))
        {
            try
            {
                value = JsonNode.Parse(value) is JsonArray { Count: > 0 } array ? array[0]?.GetValue<string>()?.Trim() : null;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                return value;
            }
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>True for the statuses that show the papers to members.</summary>
    public static bool ShowsPapers(string? status) => status is PapersPublished or MinutesApproved;

    /// <summary>The value to store for a status, as the back office's dropdown stores it.</summary>
    public static string Stored(string status) => JsonSerializer.Serialize(new[] { status });
}
