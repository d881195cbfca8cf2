using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure.Email;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// Every email the members area sends, written in one place. Today it hands each message to
/// <see cref="IEmailSender"/>; it is the one class to switch when mail goes through the outbox.
/// </summary>
public sealed class MemberMail(IEmailSender sender, IHttpContextAccessor http, IOptions<MembersOptions> options)
{
    /// <summary>The site's address for links: configured, or the current request's.</summary>
    public string SiteUrl =>
        options.Value.SiteUrl?.TrimEnd('/')
        ?? (http.HttpContext is { } context ? $"{context.Request.Scheme}://{context.Request.Host}" : "http://localhost:5080");

    public Task InvitationAsync(Member member, IReadOnlyCollection<string> groups, string link, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(
            member.Email!,
            "You have been invited to the Virtual School members area",
            $"""
            Dear {member.Name},

            You have been invited to the Virtual School's members area as a member of {string.Join(" and ", groups)}.

            Set your password here. The link works once and expires in {Describe(options.Value.InvitationLifetime)}:
            {link}

            If you were not expecting this email, you can ignore it.

            Virtual School
            """), cancellationToken);

    public Task ResetAsync(Member member, string link, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(
            member.Email!,
            "Reset your Virtual School members area password",
            $"""
            Dear {member.Name},

            Someone (we hope you) asked to reset the password of your Virtual School members area account.

            Choose a new password here. The link works once and expires in {Describe(options.Value.ResetLifetime)}:
            {link}

            If you did not ask for this, you can ignore this email: your password has not changed.

            Virtual School
            """), cancellationToken);

    public Task ConfirmEmailChangeAsync(Member member, string newEmail, string link, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(
            newEmail,
            "Confirm your new email address for the Virtual School members area",
            $"""
            Dear {member.Name},

            Confirm that you want to use this email address to sign in to the Virtual School members area.
            The link works once and expires in {Describe(options.Value.ResetLifetime)}:
            {link}

            If you did not ask for this, you can ignore this email.

            Virtual School
            """), cancellationToken);

    public Task PapersPublishedAsync(Member member, string meeting, string link, IReadOnlyList<string> papers, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(
            member.Email!,
            $"Papers published: {meeting}",
            $"""
            Dear {member.Name},

            The papers for the Virtual School Management Board's {meeting} have been published:
            {string.Join("\n", papers.Select(p => "- " + p))}

            Sign in to read or download them:
            {link}

            Virtual School
            """), cancellationToken);

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{span.TotalDays:0.#} days"
        : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours"
        : $"{Math.Max(1, span.TotalMinutes):0} minutes";
}
