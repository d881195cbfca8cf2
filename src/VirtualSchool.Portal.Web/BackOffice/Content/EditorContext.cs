using VirtualSchool.Portal.Core.Published;

namespace VirtualSchool.Portal.Web.BackOffice.Content;

/// <summary>
/// What the form's editors may look things up in. Given per call rather than to the editors' constructors because the
/// published cache itself depends on the editors (its index types values by them).
/// </summary>
public sealed record EditorContext(IPublishedContentCache Published);
