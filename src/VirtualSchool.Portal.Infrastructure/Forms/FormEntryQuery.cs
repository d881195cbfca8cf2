using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>
/// Which of a form's entries the entries screen and its exports show: sent from <see cref="From"/> (inclusive) to
/// <see cref="To"/> (exclusive), in a state, with <see cref="Text"/> in their searchable answers.
/// </summary>
public sealed record FormEntryQuery(DateTime? From = null, DateTime? To = null, FormEntryState? State = null, string? Text = null)
{
    public const int MaxTextLength = 200;
}
