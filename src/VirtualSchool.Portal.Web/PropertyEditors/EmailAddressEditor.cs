namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.EmailAddress</c>: an address kept as typed, shown as text (a page never turns it into a mail link for harvesters).</summary>
public sealed class EmailAddressEditor : TextValueEditor
{
    public override string Alias => "Umbraco.EmailAddress";
}
