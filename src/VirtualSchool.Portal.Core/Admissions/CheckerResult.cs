namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>
/// A result page: its id (named by rules), heading, outcome, and the three parts of the page as the team wrote
/// them (rich text): why, with the rule of the School Admissions Code cited; the evidence the admission
/// authority may ask for; what to do next.
/// </summary>
public sealed record CheckerResult(string Id, string Title, CheckerOutcome Outcome, string? Why, string? Evidence, string? NextSteps);
