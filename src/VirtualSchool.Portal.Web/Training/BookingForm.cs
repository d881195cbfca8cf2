using VirtualSchool.Portal.Core.Training;

namespace VirtualSchool.Portal.Web.Training;

/// <summary>The booking form's fields as posted; every one is checked by <see cref="BookingRules"/>.</summary>
public sealed class BookingForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Role { get; set; }
    public string? Organisation { get; set; }
    public string? Phone { get; set; }
    public string? Needs { get; set; }
    public string? Consent { get; set; }
}
