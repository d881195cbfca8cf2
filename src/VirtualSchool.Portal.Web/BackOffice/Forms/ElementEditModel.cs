using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A page's or fieldset's screen: its caption (the page's heading, the fieldset's legend) and condition.</summary>
public sealed record ElementEditModel(FormDefinition Form, string Kind, Guid Key, string Caption, ConditionEditor Condition, int Version)
{
    public string Action => $"/umbraco/forms/{Form.Key}/{Kind}s/{Key}";

    public string Noun => Kind == "page" ? "page" : "fieldset";
}
