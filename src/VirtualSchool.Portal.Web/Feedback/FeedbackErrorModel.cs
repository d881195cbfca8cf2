using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Content;

namespace VirtualSchool.Portal.Web.Feedback;

/// <summary>The model of the page shown when a feedback post is not right.</summary>
public sealed record FeedbackErrorModel(SiteModel Site, PublishedContent? Page, FeedbackState State, string Field, string Message);
