namespace VirtualSchool.Portal.Infrastructure.Training;

/// <summary>
/// Builds the public addresses put in training emails: under <c>Portal:Training:PublicUrl</c> when set, else the
/// site's address (<see cref="ISiteAddress"/>). Never under the address a booking was made through: anyone can
/// forge a request's Host header and book in someone else's name.
/// </summary>
public sealed class TrainingLinks(Microsoft.Extensions.Options.IOptions<PortalOptions> options, ISiteAddress site)
{
    public string BaseUrl(Core.Training.Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return options.Value.Training.PublicUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : site.BaseUrl;
    }

    public string Manage(Core.Training.Booking booking, string token) => $"{BaseUrl(booking)}/training/bookings/{token}";

    public string Evaluation(Core.Training.Booking booking, string token) => $"{BaseUrl(booking)}/training/bookings/{token}/evaluation";

    public string Certificate(Core.Training.Booking booking, string token) => $"{BaseUrl(booking)}/training/bookings/{token}/certificate";
}
