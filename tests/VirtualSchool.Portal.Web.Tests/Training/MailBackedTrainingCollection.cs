namespace VirtualSchool.Portal.Web.Tests.Training;

/// <summary>The booking, booking-answer and coordinator tests: one <see cref="MailBackedTraining"/> portal for them all.</summary>
[CollectionDefinition(Name)]
public sealed class MailBackedTrainingCollection : ICollectionFixture<MailBackedTraining>
{
    public const string Name = "Mail-backed training portal";
}
