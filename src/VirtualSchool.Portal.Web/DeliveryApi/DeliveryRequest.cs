namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// What the Delivery API's gate decided for one request: the caller's view of the content and the output level that
/// <c>expand</c> and <c>fields</c> ask for. A handler takes it as a parameter; <see cref="DeliveryGate"/> fills it
/// before the handler runs. Minimal APIs bind parameters before endpoint filters run, so the gate cannot hand the
/// handler a new object: the handler's parameter and the gate share the request's one instance instead.
/// </summary>
public sealed class DeliveryRequest
{
    private DeliveryContext? _context;
    private OutputLevel? _level;

    private DeliveryRequest()
    {
    }

    public DeliveryContext Context => _context ?? throw NotAdmitted();

    public OutputLevel Level => _level ?? throw NotAdmitted();

    /// <summary>The request's instance, made on first use.</summary>
    public static DeliveryRequest Of(HttpContext http)
    {
        if (http.Features.Get<DeliveryRequest>() is { } request)
        {
            return request;
        }

        request = new DeliveryRequest();
        http.Features.Set(request);
        return request;
    }

    /// <summary>How minimal APIs bind a handler's parameter of this type.</summary>
    public static ValueTask<DeliveryRequest?> BindAsync(HttpContext http) => ValueTask.FromResult<DeliveryRequest?>(Of(http));

    internal void Admit(DeliveryContext context, OutputLevel level)
    {
        _context = context;
        _level = level;
    }

    private static InvalidOperationException NotAdmitted() =>
        new("The Delivery API gate has not admitted this request: map the endpoint in a group with DeliveryGate.");
}
