using VirtualSchool.Portal.Core.PropertyEditors;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.EmailAddress</c>: an address kept as typed, shown as text (a page never turns it into a mail link for harvesters).</summary>
public sealed class EmailAddressEditor : TextValueEditor
{
    public override string Alias => "Umbraco.EmailAddress";

    /// <summary>Nothing: an address is not words to find a page by, and search must not become a way to harvest them.</summary>
    public override void SearchText(string value, SearchTextWriter text)
    {
    }
}
