using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Web.BackOffice.Media;

public sealed record MediaDeleteViewModel(MediaItem Item, IReadOnlyList<string> Pages);
