using Microsoft.AspNetCore.Html;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.TextArea</c> (and Umbraco 7's <c>Umbraco.TextboxMultiple</c>): plain text shown as paragraphs, with line breaks kept.</summary>
public sealed class TextAreaEditor : TextValueEditor
{
    public override string Alias => "Umbraco.TextArea";

    public override IReadOnlyList<string> OtherAliases => ["Umbraco.TextboxMultiple"];

    public override string FormView => "TextArea";

    public override ValueTask<IHtmlContent> RenderAsync(PropertyRenderer page, PropertyType property, string value, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PropertyRenderer.Paragraphs(value));
}
