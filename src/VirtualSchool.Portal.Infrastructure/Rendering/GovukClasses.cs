using AngleSharp.Dom;

namespace VirtualSchool.Portal.Infrastructure.Rendering;

/// <summary>
/// GOV.UK Frontend's classes for the elements of sanitised markup, added when the site renders it and never stored
/// (the sanitiser strips every class, so what an editor or an import put there never reaches a page).
/// </summary>
public static class GovukClasses
{
    private static readonly Dictionary<string, string> ByElement = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = "govuk-body", ["ul"] = "govuk-list govuk-list--bullet", ["ol"] = "govuk-list govuk-list--number",
        ["a"] = "govuk-link", ["h2"] = "govuk-heading-l", ["h3"] = "govuk-heading-m", ["h4"] = "govuk-heading-s",
        ["table"] = "govuk-table", ["caption"] = "govuk-table__caption", ["thead"] = "govuk-table__head",
        ["tbody"] = "govuk-table__body", ["tr"] = "govuk-table__row", ["th"] = "govuk-table__header", ["td"] = "govuk-table__cell",
        ["hr"] = "govuk-section-break govuk-section-break--m govuk-section-break--visible",
        ["blockquote"] = "govuk-inset-text",
    };

    /// <summary>Sets the class of every element below <paramref name="root"/> that GOV.UK Frontend styles.</summary>
    public static void Add(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (ByElement.TryGetValue(element.LocalName, out var classes) && !(element.LocalName == "a" && !element.HasAttribute("href")))
            {
                element.SetAttribute("class", classes);
            }
        }
    }
}
