using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Finding and moving a form's pages, fieldsets and fields, for the builder's small screens.</summary>
public static class FormDesign
{
    public static FormPage? Page(FormDefinition form, Guid key) => form.Pages.FirstOrDefault(p => p.Key == key);

    public static (FormPage Page, FormFieldset Fieldset)? Fieldset(FormDefinition form, Guid key) =>
        form.Pages.SelectMany(p => p.Fieldsets.Select(f => (p, f))).Where(x => x.f.Key == key).Select(x => ((FormPage, FormFieldset)?)x).FirstOrDefault();

    public static (FormPage Page, FormFieldset Fieldset, FormField Field)? Field(FormDefinition form, Guid key) =>
        form.Pages.SelectMany(p => p.Fieldsets.SelectMany(s => s.Fields.Select(f => (p, s, f))))
            .Where(x => x.f.Key == key).Select(x => ((FormPage, FormFieldset, FormField)?)x).FirstOrDefault();

    /// <summary>Every fieldset as "Page 2 › Your child" for the choice of where a question goes.</summary>
    public static IReadOnlyList<(Guid Key, string Name)> FieldsetChoices(FormDefinition form)
    {
        var choices = new List<(Guid, string)>();
        for (var p = 0; p < form.Pages.Count; p++)
        {
            var page = form.Pages[p];
            for (var s = 0; s < page.Fieldsets.Count; s++)
            {
                var set = page.Fieldsets[s];
                var pageName = $"Page {p + 1}{(string.IsNullOrWhiteSpace(page.Caption) ? "" : ": " + page.Caption)}";
                choices.Add((set.Key, $"{pageName} › {(string.IsNullOrWhiteSpace(set.Caption) ? $"fieldset {s + 1}" : set.Caption)}"));
            }
        }

        return choices;
    }

    /// <summary>Moves an item one place up (-1) or down (+1) in its list; false when it is already at that end.</summary>
    public static bool Shift<T>(List<T> items, T item, int by)
    {
        var at = items.IndexOf(item);
        var to = at + by;
        if (at < 0 || to < 0 || to >= items.Count)
        {
            return false;
        }

        (items[at], items[to]) = (items[to], items[at]);
        return true;
    }

    /// <summary>"up" or "down" as a step; null for anything else.</summary>
    public static int? Direction(string? direction) => direction switch
    {
        "up" => -1,
        "down" => 1,
        _ => null,
    };

    /// <summary>The elements whose condition uses any of these fields (to refuse removing a field others depend on).</summary>
    public static IReadOnlyList<string> UsersOf(FormDefinition form, IReadOnlyCollection<Guid> fields)
    {
        bool Uses(FormCondition? c) => c is not null && c.Rules.Any(r => fields.Contains(r.Field));
        var names = new List<string>();
        foreach (var page in form.Pages)
        {
            if (Uses(page.Condition))
            {
                names.Add($"the page '{PageName(form, page)}'");
            }

            foreach (var set in page.Fieldsets)
            {
                if (Uses(set.Condition))
                {
                    names.Add($"the fieldset '{(set.Caption.Length > 0 ? set.Caption : "(no legend)")}'");
                }

                names.AddRange(set.Fields.Where(f => !fields.Contains(f.Key) && Uses(f.Condition)).Select(f => $"the question '{f.Caption}'"));
            }
        }

        return names;
    }

    public static string PageName(FormDefinition form, FormPage page) =>
        string.IsNullOrWhiteSpace(page.Caption) ? $"Page {form.Pages.IndexOf(page) + 1}" : page.Caption;
}
