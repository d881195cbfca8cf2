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

/// <summary>A row of the content tree.</summary>
public sealed record ContentTreeRow(ContentNode Node, string TypeName, string State);
