namespace VirtualSchool.Portal.Core.Forms;

/// <summary>
/// Something done with an entry when it reaches a state: an email, a confirmation, a post to a URL, a draft page. The
/// kind is a workflow type's id (Umbraco Forms' ids where it has the type); each type is one class in the web project's
/// <c>Forms/Workflows/</c> and reads its own <see cref="Settings"/>. Runs after the entry is stored, from a queue
/// (<see cref="FormWorkflowRun"/>), never while the person waits.
/// </summary>
public sealed class FormWorkflow
{
    public Guid Key { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = "";

    public Guid WorkflowTypeId { get; set; }

    /// <summary>When it runs: on submit, on approve, or on reject.</summary>
    public FormEntryState ExecutesOn { get; set; } = FormEntryState.Submitted;

    public bool Active { get; set; } = true;

    /// <summary>Send the answers of sensitive fields too (emails and posts leave them out otherwise).</summary>
    public bool IncludeSensitiveData { get; set; }

    public int SortOrder { get; set; }

    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A setting by name, whatever its case (Umbraco Forms writes them in Pascal case, its headless API in camel case).</summary>
    public string? Setting(string name)
    {
        foreach (var (key, value) in Settings)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(value))
            {
                return value;
            }
        }

        return null;
    }
}
