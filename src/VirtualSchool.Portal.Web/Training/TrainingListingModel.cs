using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>The <c>/training</c> page.</summary>
public sealed record TrainingListingModel(
    PublishedContent? Page,
    IReadOnlyList<CourseSessions> Courses,
    TrainingAudience? Audience,
    string? Month,
    IReadOnlyList<(string Value, string Label)> Months,
    IReadOnlyList<FormError> Errors);
