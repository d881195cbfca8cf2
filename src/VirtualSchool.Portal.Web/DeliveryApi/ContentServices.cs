using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>The services the content endpoints use, bound as one <c>[AsParameters]</c> argument.</summary>
public sealed record ContentServices(
    PublishedContentIndex Index,
    ContentQueryExecutor Queries,
    DeliveryDrafts Drafts,
    IRedirectRepository Redirects);
