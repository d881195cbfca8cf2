using System.Text.Json;
using VirtualSchool.Portal.Web.BackOffice.Content;

namespace VirtualSchool.Portal.Web.PropertyEditors;

/// <summary><c>Umbraco.Tags</c>: typed as comma-separated text, stored as a JSON array, each tag once (any case).</summary>
public sealed class TagsEditor : ListEditor
{
    public override string Alias => "Umbraco.Tags";

    public override string FormView => "Tags";

    public override ValueTask<EditorRead> ReadAsync(EditorField field, EditorPost post, CancellationToken cancellationToken)
    {
        var tags = post.Form[field.Id].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return ValueTask.FromResult(EditorRead.Accepted(field, tags.Length == 0 ? "" : JsonSerializer.Serialize(tags)));
    }
}
