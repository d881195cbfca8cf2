using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>
/// An entry's answers in words, each by its field type's <see cref="FormFieldType.Describe"/> (a choice's caption, a
/// date in UK form), with sensitive answers shown, masked or left out: what the entries screen, the exports and the
/// workflows' emails all show, so none of them describes an answer differently or shows what the reader may not see.
/// </summary>
public sealed class EntryAnswers(FormFieldTypeCollection types)
{
    /// <summary>The fields of <paramref name="form"/> that store answers, in order (the columns of an export).</summary>
    public IReadOnlyList<FormField> AnswerFields(FormDefinition form) =>
        form.AllFields.Where(f => types.Find(f.FieldTypeId)?.StoresValue ?? true).ToList();

    /// <summary>Every answer field of <paramref name="form"/> with the entry's answer (empty when none was given).</summary>
    public IReadOnlyList<EntryAnswer> For(FormDefinition form, FormEntry entry, SensitiveAnswers sensitive, bool skipEmpty = false)
    {
        var answers = new List<EntryAnswer>();
        foreach (var field in AnswerFields(form))
        {
            if (field.Sensitive && sensitive == SensitiveAnswers.Omit)
            {
                continue;
            }

            var values = entry.ValuesOf(field.Key);
            if (skipEmpty && values.Count == 0)
            {
                continue;
            }

            var masked = field.Sensitive && sensitive == SensitiveAnswers.Mask && values.Count > 0;
            answers.Add(new EntryAnswer(field, Caption(field), masked ? EntryAnswer.HiddenText : Describe(field, values), masked));
        }

        return answers;
    }

    /// <summary>One field's answers in words.</summary>
    public string Describe(FormField field, IReadOnlyList<string> values) =>
        values.Count == 0 ? "" : types.Find(field.FieldTypeId)?.Describe(field, values, field.PreValues) ?? string.Join(", ", values);

    /// <summary>True when the field's answers are a list (multiple choice), false for one value.</summary>
    public bool IsMultiValued(FormField field) => types.Find(field.FieldTypeId)?.IsMultiValued ?? false;

    public static string Caption(FormField field) => string.IsNullOrWhiteSpace(field.Caption) ? field.Alias : field.Caption.Trim();
}
