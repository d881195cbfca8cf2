namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.Slider</c>: a number (a range is stored as <c>from,to</c>, which the API writes as its text); edited as raw text.</summary>
public sealed class SliderEditor : NumberEditor
{
    public override string Alias => "Umbraco.Slider";
}
