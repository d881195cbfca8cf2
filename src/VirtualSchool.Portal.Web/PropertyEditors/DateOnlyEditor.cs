namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.DateOnly</c> (Umbraco 17): <c>{"date": "2025-01-01T00:00:00+00:00"}</c>, a date with no time of day; edited as raw text.</summary>
public sealed class DateOnlyEditor : DateEditor
{
    public override string Alias => "Umbraco.DateOnly";
}
