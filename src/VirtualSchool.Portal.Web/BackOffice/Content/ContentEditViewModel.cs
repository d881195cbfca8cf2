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
    bool CanUploadFiles = false);
