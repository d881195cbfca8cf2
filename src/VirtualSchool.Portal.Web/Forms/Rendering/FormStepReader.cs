using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// Reads a posted step through each field's type, decides what is shown with the new answers, and checks the shown
/// fields only (a field hidden by a condition is neither checked nor kept, and its upload is dropped).
/// </summary>
public sealed class FormStepReader(FormChoices choices, FormFieldTypeCollection types, FormUploadCheck uploads)
{
    private const string PendingMark = "pending-upload";

    public async Task<FormStepRead> ReadAsync(FormDefinition form, FormPage step, IReadOnlyDictionary<Guid, List<string>> before, IFormCollection posted, CancellationToken cancellationToken)
    {
        var answers = before.ToDictionary(a => a.Key, a => a.Value.ToList());
        var files = new Dictionary<Guid, IFormFile>();
        foreach (var field in step.Fieldsets.SelectMany(f => f.Fields))
        {
            if (types.Find(field.FieldTypeId) is not { StoresValue: true } type)
            {
                continue;
            }

            var name = FormFieldModel.NameOf(field);
            if (type.IsFile)
            {
                if (posted.Files.GetFile(name) is { Length: > 0 } file)
                {
                    files[field.Key] = file;
                    answers[field.Key] = [PendingMark];
                }

                continue;
            }

            var values = type.Read(field, posted, name).ToList();
            if (values.Count > 0)
            {
                answers[field.Key] = values;
            }
            else
            {
                answers.Remove(field.Key);
            }
        }

        var errors = new Dictionary<Guid, string>();
        var pending = new List<FormPendingUpload>();
        var visibility = FormVisibility.For(form, answers);
        foreach (var field in step.Fieldsets.SelectMany(f => f.Fields).Where(visibility.IsShown))
        {
            if (types.Find(field.FieldTypeId) is not { StoresValue: true } type)
            {
                continue;
            }

            if (files.TryGetValue(field.Key, out var file) && await uploads.CheckAsync(field, file, cancellationToken) is { } refused)
            {
                errors[field.Key] = refused;
                continue;
            }

            var values = answers.GetValueOrDefault(field.Key) ?? [];
            if (type.Validate(field, values, await choices.ForAsync(field, cancellationToken)) is { } error)
            {
                errors[field.Key] = error;
            }
            else if (file is not null)
            {
                pending.Add(new FormPendingUpload(field, file));
            }
        }

        // An upload not kept (refused, or its field hidden) leaves the answer it had before.
        foreach (var key in files.Keys.Where(k => pending.All(p => p.Field.Key != k)))
        {
            if (before.TryGetValue(key, out var earlier))
            {
                answers[key] = earlier.ToList();
            }
            else
            {
                answers.Remove(key);
            }
        }

        return new FormStepRead(answers, errors, pending);
    }

    /// <summary>Checks every shown field of the whole form (at submit): the first step with a problem, or null.</summary>
    public async Task<FormPage?> FirstInvalidStepAsync(FormDefinition form, IReadOnlyDictionary<Guid, List<string>> answers, CancellationToken cancellationToken)
    {
        var visibility = FormVisibility.For(form, answers);
        foreach (var page in visibility.ShownPages)
        {
            foreach (var field in page.Fieldsets.SelectMany(f => f.Fields).Where(visibility.IsShown))
            {
                if (types.Find(field.FieldTypeId) is { StoresValue: true } type
                    && type.Validate(field, answers.GetValueOrDefault(field.Key) ?? [], await choices.ForAsync(field, cancellationToken)) is not null)
                {
                    return page;
                }
            }
        }

        return null;
    }
}
