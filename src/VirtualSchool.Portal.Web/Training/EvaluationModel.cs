using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Infrastructure.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>The evaluation form.</summary>
public sealed record EvaluationModel(BookingView View, string Token, string CourseTitle, string? Rating, string? Comments, IReadOnlyList<FormError> Errors, bool Thanked);
