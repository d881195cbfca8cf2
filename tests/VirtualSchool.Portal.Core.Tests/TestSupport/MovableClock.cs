namespace VirtualSchool.Portal.Core.Tests.TestSupport;

/// <summary>A clock a test moves forward by hand, for anything that happens "later".</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
