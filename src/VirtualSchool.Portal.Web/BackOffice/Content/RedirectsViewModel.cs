namespace VirtualSchool.Portal.Web.BackOffice.Content;

public sealed record RedirectsViewModel(IReadOnlyList<RedirectRow> Rows, int Page, int Pages, int Total, bool MayDelete);
