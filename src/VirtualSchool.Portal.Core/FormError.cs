namespace VirtualSchool.Portal.Core;

/// <summary>
/// A message about one form field, for a GOV.UK error summary: <see cref="Field"/> is the field's name or id (the
/// summary links to it; for a content property, its alias) and <see cref="Message"/> says how to put it right.
/// </summary>
public sealed record FormError(string Field, string Message);
