namespace VirtualSchool.Portal.Core.Audit;

/// <summary>
/// One thing someone did in the back office: who, what, when and to which item. Entries are only ever
/// added: the portal has no way to change or remove one, and the database refuses both.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>The acting user's id, or null for the system (imports, scheduled jobs) and failed sign-ins.</summary>
    public string? UserId { get; set; }

    /// <summary>The acting user's email (or the address tried, for a failed sign-in).</summary>
    public string? UserName { get; set; }

    public string Action { get; set; } = "";
    public string? ItemType { get; set; }
    public string? ItemKey { get; set; }
    public string? ItemName { get; set; }
    public string? Detail { get; set; }
    public string? IpAddress { get; set; }
}
