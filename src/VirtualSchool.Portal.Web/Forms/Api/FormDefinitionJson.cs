using System.Text.Json.Nodes;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Web.Forms.FieldTypes;
using VirtualSchool.Portal.Web.Forms.Rendering;

namespace VirtualSchool.Portal.Web.Forms.Api;

/// <summary>
/// A form as Umbraco Forms' headless API writes its definition (<c>FormDto</c>): pages of fieldsets of columns (one of
/// width 12 here) of fields, each with its type <c>{ id, name }</c>, condition, prevalues, settings (camel case) and
/// file upload options; the form's labels and what happens on submit.
/// </summary>
public sealed class FormDefinitionJson(FormFieldTypeCollection types, FormChoices choices, IPublishedContentCache cache)
{
    public async Task<JsonObject> WriteAsync(FormDefinition form, CancellationToken cancellationToken)
    {
        var pages = new JsonArray();
        foreach (var page in form.Pages)
        {
            var fieldsets = new JsonArray();
            foreach (var fieldset in page.Fieldsets)
            {
                var fields = new JsonArray();
                foreach (var field in fieldset.Fields)
                {
                    fields.Add(await FieldAsync(field, cancellationToken));
                }

                fieldsets.Add(new JsonObject
                {
                    ["id"] = fieldset.Key.ToString("D"),
                    ["caption"] = fieldset.Caption,
                    ["condition"] = Condition(fieldset.Condition),
                    ["columns"] = new JsonArray(new JsonObject { ["caption"] = "", ["width"] = 12, ["fields"] = fields }),
                });
            }

            pages.Add(new JsonObject { ["caption"] = page.Caption, ["condition"] = Condition(page.Condition), ["fieldsets"] = fieldsets });
        }

        var settings = form.Settings;
        return new JsonObject
        {
            ["id"] = form.Key.ToString("D"),
            ["name"] = form.Name,
            ["indicateRequiredFields"] = false,
            ["requiredFieldIndicator"] = "",
            ["fieldIndicationType"] = "MarkOptionalFields",
            ["nextLabel"] = settings.NextLabel,
            ["previousLabel"] = settings.PreviousLabel,
            ["submitLabel"] = settings.SubmitLabel,
            ["showValidationSummary"] = true,
            ["hideFieldValidation"] = false,
            ["messageOnSubmit"] = settings.MessageOnSubmit,
            ["messageOnSubmitIsHtml"] = false,
            ["gotoPageOnSubmit"] = settings.GoToPageOnSubmit?.ToString("D"),
            ["gotoPageOnSubmitRoute"] = Route(settings.GoToPageOnSubmit),
            ["pages"] = pages,
        };
    }

    /// <summary>The route of the page to go to after a submit, in the Delivery API's shape (null when it is not published).</summary>
    public JsonObject? Route(Guid? key)
    {
        if (key is not { } pageKey || cache.GetByKey(pageKey) is not { Route: { } path } page)
        {
            return null;
        }

        var root = cache.GetSiteRoot(page.Key);
        return new JsonObject
        {
            ["path"] = path,
            ["startItem"] = root is null ? null : new JsonObject { ["id"] = root.Key.ToString("D"), ["path"] = root.UrlSegment },
        };
    }

    private async Task<JsonObject> FieldAsync(FormField field, CancellationToken cancellationToken)
    {
        var type = types.Find(field.FieldTypeId);
        var settings = new JsonObject();
        foreach (var (name, value) in field.Settings)
        {
            settings[name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name] = value;
        }

        var preValues = new JsonArray();
        foreach (var choice in await choices.ForAsync(field, cancellationToken))
        {
            preValues.Add(new JsonObject { ["value"] = choice.Value, ["caption"] = choice.Label });
        }

        return new JsonObject
        {
            ["alias"] = FormFieldModel.NameOf(field),
            ["caption"] = field.Caption,
            ["condition"] = Condition(field.Condition),
            ["cssClass"] = "",
            ["fileUploadOptions"] = type?.IsFile == true ? FileOptions(field) : null,
            ["helpText"] = field.HelpText,
            ["id"] = field.Key.ToString("D"),
            ["pattern"] = field.Pattern,
            ["patternInvalidErrorMessage"] = field.PatternInvalidErrorMessage,
            ["placeholder"] = "",
            ["preValues"] = preValues,
            ["required"] = field.Mandatory,
            ["requiredErrorMessage"] = field.Mandatory && type is not null ? type.RequiredMessage(field) : field.RequiredErrorMessage,
            ["settings"] = settings,
            ["type"] = new JsonObject { ["id"] = field.FieldTypeId.ToString("D"), ["name"] = type?.Name ?? "Unknown" },
        };
    }

    private static JsonObject FileOptions(FormField field) => new()
    {
        ["allowAllUploadExtensions"] = !FileUploadFieldType.Narrows(field),
        ["allowedUploadExtensions"] = new JsonArray([.. FileUploadFieldType.AllowedTypes(field).Select(t => (JsonNode)JsonValue.Create(t))]),
        ["allowMultipleFileUploads"] = false,
        ["allowedMediaTypes"] = new JsonArray(),
    };

    private static JsonObject? Condition(FormCondition? condition) => condition is null ? null : new JsonObject
    {
        ["actionType"] = condition.ActionType.ToString(),
        ["logicType"] = condition.LogicType.ToString(),
        ["rules"] = new JsonArray([.. condition.Rules.Select(r => (JsonNode)new JsonObject
        {
            ["field"] = r.Field.ToString("D"),
            ["operator"] = r.Operator.ToString(),
            ["value"] = r.Value,
        })]),
    };
}
