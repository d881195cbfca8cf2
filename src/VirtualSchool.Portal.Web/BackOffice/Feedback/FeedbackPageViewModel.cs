using VirtualSchool.Portal.Infrastructure.Feedback;

namespace VirtualSchool.Portal.Web.BackOffice.Feedback;

public sealed record FeedbackPageViewModel(Guid Key, string Name, FeedbackPageCounts? Counts, Paged<FeedbackComment> Comments, string? From, string? To, FormErrors Errors);
