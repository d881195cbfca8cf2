namespace VirtualSchool.Portal.Web.Errors;

/// <summary>The status for a request that could not be read: too large (413), malformed (400), or a fault of ours (500).</summary>
public static class RequestFailures
{
    public static int StatusFor(Exception error) => error switch
    {
        // Kestrel's own refusals carry their status: 413 for a body over the request size limit.
        BadHttpRequestException bad => bad.StatusCode,
        // The form reader reports every exceeded limit (value count, key or value length, body length) as
        // InvalidDataException "... limit ... exceeded": the post is larger than the form accepts.
        InvalidDataException limit when limit.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        InvalidDataException or IOException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
