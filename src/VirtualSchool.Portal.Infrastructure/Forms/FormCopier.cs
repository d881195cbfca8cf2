using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>Copies a form with new keys for it, its pages, fieldsets, fields and workflows; conditions follow the new field keys.</summary>
public static class FormCopier
{
    public static FormDefinition Copy(FormDefinition source, DateTime now, string? user)
    {
        var copy = FormJson.Clone(source);
        copy.Id = 0;
        copy.Key = Guid.NewGuid();
        copy.Name = Truncate($"Copy of {source.Name}");
        copy.Version = 1;
        copy.CreatedAt = now;
        copy.UpdatedAt = now;
        copy.UpdatedBy = user;

        var fieldKeys = new Dictionary<Guid, Guid>();
        foreach (var field in copy.AllFields)
        {
            fieldKeys[field.Key] = Guid.NewGuid();
            field.Key = fieldKeys[field.Key];
        }

        foreach (var page in copy.Pages)
        {
            page.Key = Guid.NewGuid();
            Remap(page.Condition, fieldKeys);
            foreach (var fieldset in page.Fieldsets)
            {
                fieldset.Key = Guid.NewGuid();
                Remap(fieldset.Condition, fieldKeys);
                foreach (var field in fieldset.Fields)
                {
                    Remap(field.Condition, fieldKeys);
                }
            }
        }

        foreach (var workflow in copy.Workflows)
        {
            workflow.Key = Guid.NewGuid();
            foreach (var (name, value) in workflow.Settings.ToList())
            {
                // Settings that name fields (an email address from a field, a field mapping) name them by key.
                workflow.Settings[name] = fieldKeys.Aggregate(value, (text, map) =>
                    text.Replace(map.Key.ToString(), map.Value.ToString(), StringComparison.OrdinalIgnoreCase));
            }
        }

        return copy;
    }

    private static void Remap(FormCondition? condition, Dictionary<Guid, Guid> fieldKeys)
    {
        foreach (var rule in condition?.Rules ?? [])
        {
            if (fieldKeys.TryGetValue(rule.Field, out var key))
            {
                rule.Field = key;
            }
        }
    }

    private static string Truncate(string name) => name.Length <= FormDefinition.MaxNameLength ? name : name[..FormDefinition.MaxNameLength];
}
