using VirtualSchool.Portal.Core.Access;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Members;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// Finds the form a public request is about, and the page it was placed on, refusing (null, answered as a 404) a page
/// that is not published, that the person may not read, or that does not pick that form: the form routes cannot be
/// used to fill in a form that no page offers, or one on a page the person may not see.
/// </summary>
public sealed class FormHost(IPublishedContentCache cache, IPublicAccess access, FormStore forms)
{
    public async Task<PlacedForm?> FindAsync(HttpContext http, Guid formKey, Guid pageKey, CancellationToken cancellationToken)
    {
        if (cache.GetByKey(pageKey) is not { Route: not null } page || !Picks(page, formKey))
        {
            return null;
        }

        if (access.IsProtected(page) && !access.CanView(page, await MemberPrincipals.GroupsAsync(http)))
        {
            return null;
        }

        return await forms.GetAsync(formKey, cancellationToken) is { } form ? new PlacedForm(form, page) : null;
    }

    /// <summary>True when a property of the page, edited with the form picker, holds the form's key.</summary>
    public static bool Picks(PublishedContent page, Guid formKey) =>
        page.ContentType.Properties.Any(p => string.Equals(p.EditorAlias, FormPickerEditor.EditorAlias, StringComparison.OrdinalIgnoreCase)
            && FormPickerEditor.FormKey(page.Value(p.Alias)) == formKey);
}
