using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>A form in the list, with what the user may do with it.</summary>
public sealed record FormListRow(FormSummary Form, bool CanEdit, bool CanViewEntries);
