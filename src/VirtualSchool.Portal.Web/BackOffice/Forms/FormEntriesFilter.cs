using System.Globalization;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>
/// The entries screen's filters as typed: dates in UK form (<c>25/12/2026</c>, or <c>2026-12-25</c>) meaning whole UK
/// days, a state, text, and the page. <see cref="Read"/> checks them into a <see cref="FormEntryQuery"/>, adding GOV.UK
/// error messages for what it cannot read.
/// </summary>
public sealed record FormEntriesFilter(string? From, string? To, string? State, string? Q, int Page = 1)
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>The filters as a query string (without the page), for links and for forms that post back to the list.</summary>
    public string QueryString =>
        string.Join('&', new[] { ("from", From), ("to", To), ("state", State), ("q", Q) }
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    public FormEntryQuery Read(FormErrors errors)
    {
        var from = Day(From, "from", errors);
        var to = Day(To, "to", errors);
        if (from is { } start && to is { } end && end < start)
        {
            errors.Add("to", "The date to must be the same as or after the date from");
        }

        FormEntryState? state = null;
        if (!string.IsNullOrEmpty(State))
        {
            if (Enum.TryParse<FormEntryState>(State, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(State, out _))
            {
                state = parsed;
            }
            else
            {
                errors.Add("state", "Select a state from the list");
            }
        }

        if (Q is { Length: > FormEntryQuery.MaxTextLength })
        {
            errors.Add("q", $"Search text must be {FormEntryQuery.MaxTextLength} characters or fewer");
        }

        if (Page is < 1 or > 100_000)
        {
            errors.Add("page", "There is no such page of entries");
        }

        return new FormEntryQuery(
            from is { } f ? UkTime.ToUtc(f.ToDateTime(TimeOnly.MinValue)) : null,
            to is { } t ? UkTime.ToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null,
            state,
            string.IsNullOrWhiteSpace(Q) ? null : Q.Trim());
    }

    private static DateOnly? Day(string? value, string field, FormErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, $"The date {field} must be a real date, like 25/12/2026");
        return null;
    }
}
