using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>Checks the workflow types share on their settings.</summary>
internal static class WorkflowChecks
{
    /// <summary>True when <paramref name="fieldKey"/> is the key of a field of the form.</summary>
    public static bool FieldExists(FormDefinition form, string fieldKey) =>
        Guid.TryParse(fieldKey, out var key) && form.FindField(key) is not null;
}
