namespace VirtualSchool.Portal.Core;

/// <summary>
/// What a service did when asked to do something that can be refused for an expected reason (as Umbraco's
/// <c>Attempt&lt;TResult, TStatus&gt;</c>): the <see cref="Status"/> says what happened, <see cref="Result"/> is what
/// it produced or found, <see cref="Errors"/> the form fields to put right and <see cref="Message"/> a sentence an
/// editor or booker can act on. Each area maps its status to HTTP in one place.
/// </summary>
/// <typeparam name="TResult">What the operation produced or found (a node, a media item, a booking...).</typeparam>
/// <typeparam name="TStatus">An enum named <c>...Status</c> whose first member (value 0) means the operation was done.</typeparam>
public sealed record Attempt<TResult, TStatus>(
    TStatus Status,
    TResult? Result = default,
    IReadOnlyList<FormError>? Errors = null,
    string? Message = null)
    where TStatus : struct, Enum
{
    /// <summary>True when the status is the enum's first member (<c>Success</c>, <c>Saved</c>, <c>Done</c>...).</summary>
    public bool Succeeded => EqualityComparer<TStatus>.Default.Equals(Status, default);

    /// <summary>The errors by field, empty when there are none.</summary>
    public IReadOnlyList<FormError> ValidationErrors => Errors ?? [];
}
