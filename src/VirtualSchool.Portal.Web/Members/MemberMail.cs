using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Infrastructure.Email;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Web.Members;

/// <summary>
/// Every email the members area sends, from the templates in <c>Members/EmailTemplates/</c>, through the
/// durable outbox: stored first, sent by the outbox job with retries.
/// </summary>
public sealed class MemberMail(PortalMail mail, Hosting.PublicAddress site, IOptions<MembersOptions> options)
{
    /// <summary>The site's address for links: <c>Portal:Members:SiteUrl</c>, else the portal's public address (never a request's Host header).</summary>
    public string SiteUrl => options.Value.SiteUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : site.BaseUrl;

    public Task InvitationAsync(Member member, IReadOnlyCollection<string> groups, string link, CancellationToken cancellationToken = default) =>
        mail.QueueAsync("member-invitation", member.Email!, new Dictionary<string, string?>
        {
            ["name"] = member.Name,
            ["groups"] = string.Join(" and ", groups),
            ["link"] = link,
            ["lifetime"] = Describe(options.Value.InvitationLifetime),
        }, cancellationToken);

    public Task ResetAsync(Member member, string link, CancellationToken cancellationToken = default) =>
        mail.QueueAsync("member-reset-password", member.Email!, new Dictionary<string, string?>
        {
            ["name"] = member.Name,
            ["link"] = link,
            ["lifetime"] = Describe(options.Value.ResetLifetime),
        }, cancellationToken);

    public Task ConfirmEmailChangeAsync(Member member, string newEmail, string link, CancellationToken cancellationToken = default) =>
        mail.QueueAsync("member-confirm-email", newEmail, new Dictionary<string, string?>
        {
            ["name"] = member.Name,
            ["link"] = link,
            ["lifetime"] = Describe(options.Value.ResetLifetime),
        }, cancellationToken);

    /// <summary>The retention job's warning: sign in by <paramref name="closing"/> or the account is erased.</summary>
    public Task RetentionWarningAsync(Member member, DateTime lastUsed, DateTime closing, CancellationToken cancellationToken = default) =>
        mail.QueueAsync("member-retention-warning", member.Email!, new Dictionary<string, string?>
        {
            ["name"] = member.Name,
            ["lastUsed"] = UkTime.FromUtc(lastUsed).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            ["closing"] = UkTime.FromUtc(closing).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            ["link"] = SiteUrl + "/members/login",
        }, cancellationToken);

    /// <summary>Queues the "papers published" email to each member in the caller's unit of work.</summary>
    public void QueuePapersPublished(PortalDbContext db, IEnumerable<Member> members, string meeting, string link, IReadOnlyList<string> papers)
    {
        foreach (var member in members)
        {
            mail.Queue(db, "board-papers-published", member.Email!, new Dictionary<string, string?>
            {
                ["name"] = member.Name,
                ["meeting"] = meeting,
                ["papers"] = string.Join("\n", papers.Select(p => "- " + p)),
                ["link"] = link,
            });
        }
    }

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{span.TotalDays:0.#} days"
        : span.TotalHours >= 1 ? $"{span.TotalHours:0.#} hours"
        : $"{Math.Max(1, span.TotalMinutes):0} minutes";
}
