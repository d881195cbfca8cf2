using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.Forms.Entries;

namespace VirtualSchool.Portal.Web.Forms.Workflows;

/// <summary>
/// Umbraco Forms' "Send form to URL": the entry as JSON (<c>{ formId, formName, entryId, state, submitted, values }</c>,
/// values by field alias, a list for multiple choice) posted to <c>Url</c>, signed in <c>X-Portal-Signature</c>
/// (<c>t=unix seconds,v1=hex HMAC-SHA256 of "t.body"</c> with <c>Portal:Forms:WebhookSigningKey</c>). Any answer but a
/// 2xx is a failure, retried with back-off by the runner. Only https, except loopback http in Development or when
/// <c>Portal:Forms:AllowLoopbackHttp</c> is set (tests).
/// </summary>
public sealed class PostToUrlWorkflow(
    IHttpClientFactory clients, IOptions<PortalOptions> options, EntryAnswers answers, IHostEnvironment environment, TimeProvider clock)
    : FormWorkflowType
{
    public const string HttpClientName = "forms-post-to-url";
    public const string SignatureHeader = "X-Portal-Signature";

    public override Guid Id => WorkflowTypeIds.PostToUrl;

    public override string Alias => "postToUrl";

    public override string Name => "Send to a URL";

    public override string Description => "Posts the answers as JSON, signed, to another service's address; retried when it fails.";

    public override IReadOnlyList<FormSetting> Settings { get; } =
    [
        new("Url", "Address", "An https address, for example https://service.example.org/forms", FormSettingKind.Url),
    ];

    public override IReadOnlyList<string> Check(FormWorkflow workflow, FormDefinition form) =>
        Target(workflow) is null ? ["Enter an address that starts with https://"] : [];

    public override async Task<WorkflowResult> ExecuteAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (Target(context.Workflow) is not { } url)
        {
            return WorkflowResult.Failure("The address is not an https address.");
        }

        if (string.IsNullOrEmpty(options.Value.Forms.WebhookSigningKey))
        {
            return WorkflowResult.Failure("Portal:Forms:WebhookSigningKey is not set, so the request cannot be signed and was not sent.");
        }

        var body = JsonSerializer.Serialize(Body(context), JsonSerializerOptions.Web);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(SignatureHeader, $"t={timestamp},v1={Sign(Convert.FromBase64String(options.Value.Forms.WebhookSigningKey), timestamp, body)}");
        using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? WorkflowResult.Success
            : WorkflowResult.Failure($"{url.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
    }

    /// <summary>The signature: lower-case hex of HMAC-SHA256 over <c>"{timestamp}.{body}"</c>.</summary>
    public static string Sign(byte[] key, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(timestamp + "." + body)));

    private Dictionary<string, object?> Body(WorkflowContext context)
    {
        var sensitive = context.Workflow.IncludeSensitiveData ? SensitiveAnswers.Show : SensitiveAnswers.Omit;
        var values = new Dictionary<string, object?>();
        foreach (var field in answers.AnswerFields(context.Form).Where(f => sensitive == SensitiveAnswers.Show || !f.Sensitive))
        {
            var given = context.Entry.ValuesOf(field.Key);
            values[field.Alias] = answers.IsMultiValued(field) ? given.ToArray() : given.Count > 0 ? given[0] : null;
        }

        return new Dictionary<string, object?>
        {
            ["formId"] = context.Form.Key,
            ["formName"] = context.Form.Name,
            ["entryId"] = context.Entry.Key,
            ["state"] = context.Run.Stage.ToString(),
            ["submitted"] = DateTime.SpecifyKind(context.Entry.CreatedAt, DateTimeKind.Utc),
            ["values"] = values,
        };
    }

    private Uri? Target(FormWorkflow workflow)
    {
        if (!Uri.TryCreate(workflow.Setting("Url"), UriKind.Absolute, out var url) || !string.IsNullOrEmpty(url.UserInfo))
        {
            return null;
        }

        if (url.Scheme == Uri.UriSchemeHttps)
        {
            return url;
        }

        var loopbackAllowed = environment.IsDevelopment() || options.Value.Forms.AllowLoopbackHttp;
        return url.Scheme == Uri.UriSchemeHttp && loopbackAllowed && (url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip))) ? url : null;
    }
}
