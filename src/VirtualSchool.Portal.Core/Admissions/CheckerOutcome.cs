namespace VirtualSchool.Portal.Core.Admissions;

/// <summary>What a result tells the reader, shown as its tag.</summary>
public enum CheckerOutcome
{
    /// <summary>The child gets the highest priority under the School Admissions Code.</summary>
    HighestPriority,

    /// <summary>The answers do not settle it: a person (the Virtual School or the admission authority) should look at it.</summary>
    AskForAdvice,

    /// <summary>The Code's highest priority for looked-after and previously looked-after children does not apply.</summary>
    NotHighestPriority,
}
