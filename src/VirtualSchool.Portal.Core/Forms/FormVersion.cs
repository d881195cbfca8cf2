namespace VirtualSchool.Portal.Core.Forms;

/// <summary>A form as it was saved at one version (its whole definition as JSON), so older entries keep their captions.</summary>
public sealed class FormVersion
{
    public long Id { get; set; }

    public Guid FormKey { get; set; }

    public int Version { get; set; }

    /// <summary>The <see cref="FormDefinition"/> as JSON (web defaults: camel case, enums as numbers).</summary>
    public string Definition { get; set; } = "";

    public DateTime SavedAt { get; set; }

    public string? SavedBy { get; set; }
}
