namespace VirtualSchool.Portal.Web.BackOffice.Search;

/// <summary>
/// One section of the back office's search results (content, media, members, users, training sessions, bookings): what
/// it finds for some words, and the policy a user must meet to see it at all. A group a user may not open is never
/// asked, so its results, counts and names never reach that user.
/// </summary>
public interface IBackOfficeSearchGroup
{
    /// <summary>The address's name for the group (<c>?section=bookings</c>): lower case, no spaces.</summary>
    string Key { get; }

    /// <summary>The section's name, as the results page heads its group.</summary>
    string Title { get; }

    /// <summary>The back-office policy of the section it belongs to (<see cref="Users.BackOfficePolicies"/>).</summary>
    string Policy { get; }

    Task<BackOfficeSearchGroupResult> SearchAsync(BackOfficeSearchQuery query, CancellationToken cancellationToken);
}
