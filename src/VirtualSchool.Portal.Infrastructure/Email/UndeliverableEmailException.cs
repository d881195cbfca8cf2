namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>
/// A message that can never be sent as it is (the mail server cannot take its address), so the outbox marks it
/// failed at once instead of retrying it for a day.
/// </summary>
public sealed class UndeliverableEmailException(string message) : Exception(message);
