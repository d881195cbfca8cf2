namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// A form, as Umbraco Forms models one: pages of fieldsets of fields, what happens on submit (a message or a page to
/// go to), its workflows, who may do what with it and how long its entries are kept. Stored as one row with the
/// design in JSON columns; every save raises <see cref="Version"/> and keeps the design it replaced
/// (<see cref="FormVersion"/>), so an entry can always be read with the fields it was filled in against.
/// </summary>
public sealed class FormDefinition
{
    public const int MaxNameLength = 200;

    public int Id { get; set; }

    /// <summary>The form's id everywhere outside the database: form pickers, the headless API, uSync.</summary>
    public Guid Key { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The folder it lives in (<see cref="FormFolder"/>), or none for the top level.</summary>
    public Guid? FolderKey { get; set; }

    /// <summary>1 when created; raised by every save. Entries record the version they were filled in against.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Who saved it last (a back-office user's email), for the list and the audit.</summary>
    public string? UpdatedBy { get; set; }

    public List<FormPage> Pages { get; set; } = [];

    public FormSettings Settings { get; set; } = new();

    public List<FormWorkflow> Workflows { get; set; } = [];

    public FormPermissions Permissions { get; set; } = new();

    public FormRetention Retention { get; set; } = new();

    /// <summary>Every field on every page, in order.</summary>
    public IEnumerable<FormField> AllFields => Pages.SelectMany(p => p.Fieldsets).SelectMany(f => f.Fields);

    public FormField? FindField(Guid key) => AllFields.FirstOrDefault(f => f.Key == key);

    public FormField? FindField(string alias) => AllFields.FirstOrDefault(f => string.Equals(f.Alias, alias, StringComparison.OrdinalIgnoreCase));
}
