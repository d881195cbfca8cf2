namespace VirtualSchool.Portal.Web.BackOffice;

/// <summary>Errors for a GOV.UK error summary: the field's id to link to, and the message.</summary>
public sealed class FormErrors : List<(string Field, string Message)>
{
    public string? For(string field) => this.FirstOrDefault(e => e.Field == field).Message;

    public void Add(string field, string message) => Add((field, message));
}
