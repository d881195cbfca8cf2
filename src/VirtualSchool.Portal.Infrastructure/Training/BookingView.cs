using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>A booking with its session, as the manage page, certificate and evaluation show it.</summary>
public sealed record BookingView(Booking Booking, TrainingSession Session);
