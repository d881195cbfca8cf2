using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>The create and edit form: the node (null while creating), its composed type and one control per property.</summary>
public sealed record ContentEditViewModel(
    ContentNode? Node,
    ContentType Type,
    Guid? ParentKey,
    IReadOnlyList<ContentNode> Breadcrumbs,
    string Name,
    IReadOnlyList<EditorField> Fields,
    bool CanPublish,
    string? State,
    string? PublicUrl,
    string? PreviewAlias = null,
    bool CanUploadFiles = false)
{
    /// <summary>
    /// The form's sections in the order drawn: the type's groups (with their fields), then any fields in no group
    /// under "Other properties". The error summary follows the same order.
    /// </summary>
    public IReadOnlyList<(string Title, IReadOnlyList<EditorField> Fields)> Sections
    {
        get
        {
            var sections = Type.Groups
                .Select(g => (Title: g.Name, Fields: (IReadOnlyList<EditorField>)Fields.Where(f => string.Equals(f.Property.GroupAlias, g.Alias, StringComparison.OrdinalIgnoreCase)).ToList()))
                .Where(s => s.Fields.Count > 0)
                .ToList();
            var grouped = sections.SelectMany(s => s.Fields).ToHashSet();
            var ungrouped = Fields.Where(f => !grouped.Contains(f)).ToList();
            if (ungrouped.Count > 0)
            {
                sections.Add(("Other properties", ungrouped));
            }

            return sections;
        }
    }
}
