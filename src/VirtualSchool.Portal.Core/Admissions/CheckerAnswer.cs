namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>
/// One answer to a question: the value carried in the request (never anything about the child beyond this choice),
/// the radio's label and hint, and the question it leads to (none: the questions end and the rules decide).
/// </summary>
public sealed record CheckerAnswer(string Value, string Label, string? Hint, string? Next);
