using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>A row of the content tree.</summary>
public sealed record ContentTreeRow(ContentNode Node, string TypeName, string State);
