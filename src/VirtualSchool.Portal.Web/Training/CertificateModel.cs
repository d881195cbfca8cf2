using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>The certificate of attendance.</summary>
public sealed record CertificateModel(BookingView View, string CourseTitle, string? CpdHours, string Organisation);
