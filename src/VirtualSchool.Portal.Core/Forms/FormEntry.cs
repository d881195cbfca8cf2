namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// One submitted form (Umbraco Forms' record): the answers of the fields that were shown, by field key, against the
/// form's version at the time; its state; the page it was sent from. No IP address unless the form asks for it.
/// </summary>
public sealed class FormEntry
{
    public long Id { get; set; }

    public Guid Key { get; set; }

    public Guid FormKey { get; set; }

    public int FormVersion { get; set; }

    public FormEntryState State { get; set; } = FormEntryState.Submitted;

    public DateTime CreatedAt { get; set; }

    /// <summary>The last change of state; retention counts from here.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>The page the form was placed on, when sent from the site.</summary>
    public Guid? PageKey { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>Answers by field key; several for checkboxes; an upload's answer is its <see cref="FormEntryFile"/> key.</summary>
    public Dictionary<Guid, List<string>> Values { get; set; } = [];

    /// <summary>
    /// The answers of fields not marked sensitive, lower case, one per line: what the entries screen's text filter
    /// searches (so a search cannot find an entry by an answer the searcher may not see).
    /// </summary>
    public string SearchText { get; set; } = "";

    public IReadOnlyList<string> ValuesOf(Guid field) => Values.TryGetValue(field, out var values) ? values : [];
}
