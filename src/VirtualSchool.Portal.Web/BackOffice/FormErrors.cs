using VirtualSchool.Portal.Core;

namespace VirtualSchool.Portal.Web.BackOffice;

/// <summary>The form errors a view shows in its GOV.UK error summary and beside each field.</summary>
public sealed class FormErrors : List<FormError>
{
    public string? For(string field) => this.FirstOrDefault(e => e.Field == field)?.Message;

    public void Add(string field, string message) => Add(new FormError(field, message));
}
