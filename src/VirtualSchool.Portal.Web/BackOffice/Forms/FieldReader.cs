using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Reads a question's screen into a field: its own properties, checked; settings and choices are read beside it.</summary>
public static class FieldReader
{
    public const int MaxTextLength = 2000;

    /// <summary>The settings the screen shows for a type: its own, with a character limit and a default value when it has none.</summary>
    public static IReadOnlyList<FormSetting> SettingsOf(FormFieldType type)
    {
        var settings = type.Settings.ToList();
        bool Has(string alias) => settings.Any(s => string.Equals(s.Alias, alias, StringComparison.OrdinalIgnoreCase));
        if (type.SupportsMaxLength && !Has("MaximumLength"))
        {
            settings.Add(new FormSetting("MaximumLength", "Character limit", "The most characters allowed (none when empty)", FormSettingKind.Number));
        }

        if (type.StoresValue && !type.IsFile && !Has("DefaultValue"))
        {
            settings.Add(new FormSetting("DefaultValue", "Default value", "Filled in to start with", FormSettingKind.Text));
        }

        return settings;
    }

    public static FormField Read(IFormCollection posted, FormDefinition form, FormFieldType type, Guid key, FormErrors errors)
    {
        string Text(string name, int max, string what)
        {
            var text = posted[name].ToString().Trim();
            if (text.Length > max)
            {
                errors.Add(name, $"{what} must be {max:N0} characters or fewer");
            }

            return text;
        }

        bool Ticked(string name) => posted[name].Any(v => v is "true" or "on" or "1");
        var field = new FormField
        {
            Key = key,
            FieldTypeId = type.Id,
            Caption = Text("caption", 500, "The question"),
            HelpText = Text("helpText", MaxTextLength, "The help text"),
            Mandatory = type.SupportsMandatory && Ticked("mandatory"),
            RequiredErrorMessage = type.SupportsMandatory ? Text("requiredErrorMessage", 500, "The message") : "",
            Pattern = type.SupportsPattern ? Text("pattern", 500, "The pattern") : "",
            PatternInvalidErrorMessage = type.SupportsPattern ? Text("patternInvalidErrorMessage", 500, "The message") : "",
            Sensitive = type.StoresValue && Ticked("sensitive"),
        };
        if (field.Caption.Length == 0)
        {
            errors.Add("caption", "Enter the question");
        }

        var alias = posted["alias"].ToString().Trim();
        if (alias.Length == 0)
        {
            field.Alias = FieldAliases.Unique(form, FieldAliases.FromCaption(field.Caption), key);
        }
        else if (!FieldAliases.IsValid(alias))
        {
            field.Alias = alias;
            errors.Add("alias", "The alias must start with a letter and have only letters and digits, like childsName");
        }
        else if (FieldAliases.IsTaken(form, alias, key))
        {
            field.Alias = alias;
            errors.Add("alias", $"Another question of this form has the alias '{alias}': choose another");
        }
        else
        {
            field.Alias = alias;
        }

        if (field.Pattern.Length > 0 && !Compiles(field.Pattern))
        {
            errors.Add("pattern", "The pattern is not a regular expression that works: check its brackets and escapes");
        }

        return field;
    }

    /// <summary>Whether an editor's pattern compiles (with a time-out, as it is matched).</summary>
    public static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
