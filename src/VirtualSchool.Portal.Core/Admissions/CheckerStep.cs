namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>A question on the reader's path and the answer they gave to it.</summary>
public sealed record CheckerStep(CheckerQuestion Question, CheckerAnswer Answer);
