using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;
using VirtualSchool.Portal.Web.Security;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// What the public forms controller does between reading a step and answering: keeping the person's progress and
/// uploads, spotting spam (the honeypot, a missing or forged stamp, a submit sooner than
/// <c>Portal:Forms:MinimumSecondsToSubmit</c> after the first step was shown) and storing the entry.
/// </summary>
public sealed class FormJourney(
    FormProgressStore progress,
    FormProgressCookie cookie,
    FormUploadFiles files,
    FormSubmissions submissions,
    FormChoices choices,
    FormFieldTypeCollection types,
    FormTokens tokens,
    IOptions<PortalOptions> options,
    TimeProvider clock)
{
    /// <summary>The honeypot: a field people never see (hidden by the stylesheet), which bots fill in.</summary>
    public const string HoneypotName = "vsp_website";

    /// <summary>The signed time the step was shown (<see cref="Content.PageCache.FormStamp"/>).</summary>
    public const string StampName = "__FormStamp";

    public async Task<FormProgress?> FindAsync(HttpContext http, Guid formKey, CancellationToken cancellationToken) =>
        await progress.FindAsync(FormProgressCookie.Read(http), formKey, cancellationToken);

    /// <summary>True when the post is a bot's: the honeypot filled in, or the stamp missing or not ours.</summary>
    public bool IsSpam(IFormCollection posted, out DateTime shownAt)
    {
        var stamp = tokens.ReadStamp(posted[StampName].ToString());
        shownAt = stamp ?? default;
        return !string.IsNullOrEmpty(posted[HoneypotName].ToString()) || stamp is null;
    }

    /// <summary>True when the form was sent sooner after its first step was shown than a person could have filled it in.</summary>
    public bool TooFast(FormProgress started) =>
        (clock.GetUtcNow().UtcDateTime - started.StartedAt).TotalSeconds < options.Value.Forms.MinimumSecondsToSubmit;

    /// <summary>Forgets the person's journey (spam is kept nowhere).</summary>
    public Task ForgetAsync(HttpContext http, Guid formKey, CancellationToken cancellationToken) =>
        progress.DeleteAsync(FormProgressCookie.Read(http), formKey, cancellationToken);

    /// <summary>Keeps the accepted step: its uploads (replacing the field's earlier one) and the answers, with the step marked done.</summary>
    public async Task<FormProgress> KeepStepAsync(HttpContext http, PlacedForm placed, FormPage step, FormProgress? current, FormStepRead read, DateTime shownAt, CancellationToken cancellationToken)
    {
        var token = cookie.Ensure(http);
        var now = clock.GetUtcNow().UtcDateTime;
        var kept = current ?? new FormProgress { FormKey = placed.Form.Key, StartedAt = shownAt > now ? now : shownAt };
        kept.FormVersion = placed.Form.Version;
        kept.PageKey = placed.Page.Key;
        var done = FormSteps.Completed(read.Answers);
        done.Add(step.Key);
        read.Answers[FormProgressStore.CompletedSteps] = done.Select(d => d.ToString("D")).ToList();
        if (kept.Id == 0)
        {
            // The row first, so the uploads can belong to it.
            kept.Values = read.Answers.Where(a => read.Uploads.All(u => u.Field.Key != a.Key)).ToDictionary(a => a.Key, a => a.Value);
            kept = await progress.SaveAsync(kept, token, cancellationToken);
        }

        foreach (var upload in read.Uploads)
        {
            if (current?.Values.GetValueOrDefault(upload.Field.Key) is [var earlier] && Guid.TryParse(earlier, out var earlierKey))
            {
                await progress.DeleteFileAsync(kept.Id, earlierKey, cancellationToken);
            }

            var key = Guid.NewGuid();
            await using (var stream = upload.File.OpenReadStream())
            {
                await files.SaveAsync(key, stream, cancellationToken);
            }

            await progress.AddFileAsync(new FormEntryFile
            {
                Key = key,
                FormKey = placed.Form.Key,
                FieldKey = upload.Field.Key,
                ProgressId = kept.Id,
                FileName = Core.Media.UploadRules.SafeFileName(upload.File.FileName),
                ContentType = string.IsNullOrWhiteSpace(upload.File.ContentType) ? "application/octet-stream" : upload.File.ContentType[..Math.Min(100, upload.File.ContentType.Length)],
                Length = upload.File.Length,
                CreatedAt = now,
            }, cancellationToken);
            read.Answers[upload.Field.Key] = [key.ToString("D")];
        }

        kept.Values = read.Answers;
        return await progress.SaveAsync(kept, token, cancellationToken);
    }

    /// <summary>The names of the files uploaded so far, by field, to show beside the upload controls and on the check page.</summary>
    public async Task<Dictionary<Guid, string>> FileNamesAsync(FormProgress? current, CancellationToken cancellationToken)
    {
        if (current is null || current.Id == 0)
        {
            return [];
        }

        var kept = await progress.FilesAsync(current.Id, cancellationToken);
        return current.Values
            .Where(v => v.Value.Count == 1 && kept.Any(f => f.Key.ToString("D") == v.Value[0]))
            .ToDictionary(v => v.Key, v => kept.First(f => f.Key.ToString("D") == v.Value[0]).FileName);
    }

    /// <summary>Stores the entry from the journey's answers (shown fields only), with its files, and ends the journey.</summary>
    public Task<FormEntry?> SubmitAsync(HttpContext http, PlacedForm placed, FormProgress journey, CancellationToken cancellationToken) =>
        StoreAsync(http, placed.Form, placed.Page.Key, journey.Values, journey.Id == 0 ? null : journey.Id, cancellationToken);

    /// <summary>Stores an entry from answers by field key: only the shown fields' (and only those that store a value) are kept.</summary>
    public async Task<FormEntry?> StoreAsync(HttpContext http, FormDefinition form, Guid? pageKey, IReadOnlyDictionary<Guid, List<string>> answers, long? progressId, CancellationToken cancellationToken)
    {
        var visible = FormVisibility.For(form, answers).Visible();
        foreach (var key in visible.Keys.Where(k => form.FindField(k) is not { } f || types.Find(f.FieldTypeId) is not { StoresValue: true }).ToList())
        {
            visible.Remove(key);
        }

        var all = await choices.ForAllAsync(form, cancellationToken);
        var submission = new FormSubmission(form, visible, pageKey, http.Connection.RemoteIpAddress?.ToString(), progressId);
        return await submissions.SubmitAsync(
            submission,
            key => form.FindField(key)?.Sensitive == true,
            (key, values) => form.FindField(key) is { } f && types.Find(f.FieldTypeId) is { } t ? t.Describe(f, values, all.GetValueOrDefault(key) ?? []) : string.Join(", ", values),
            cancellationToken);
    }
}
