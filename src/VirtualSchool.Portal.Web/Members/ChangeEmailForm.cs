namespace VirtualSchool.Portal.Web.Members;

public sealed class ChangeEmailForm
{
    public string? NewEmail { get; set; }

    /// <summary>The current password (named for its field, which shares the page with the change-password form).</summary>
    public string? EmailPassword { get; set; }
}
