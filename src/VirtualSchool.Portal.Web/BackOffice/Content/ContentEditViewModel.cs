using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Web.BackOffice.Media;
using VirtualSchool.Portal.Web.BackOffice.Security;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Content;

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
