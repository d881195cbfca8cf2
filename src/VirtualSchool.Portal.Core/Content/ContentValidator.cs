using System.Text.RegularExpressions;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Checks property values against their type's rules: mandatory and validation pattern.</summary>
public static class ContentValidator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    /// <param name="mandatoryVerb">
    /// What an editor does to fill a property in, for the message when it is empty ("Choose" for a date or a picker,
    /// "Select" for a list); "Enter" when not given. GOV.UK's messages say what to do: "Enter a heading".
    /// </param>
    public static IReadOnlyList<FormError> Validate(
        ContentType composedType, IReadOnlyDictionary<string, string?> values, Func<PropertyType, string>? mandatoryVerb = null)
    {
        var errors = new List<FormError>();
        foreach (var property in composedType.Properties)
        {
            values.TryGetValue(property.Alias, out var value);
            var empty = string.IsNullOrWhiteSpace(value) || value.Trim() is "[]" or "{}";
            if (property.Mandatory && empty)
            {
                errors.Add(new(property.Alias, Mandatory(mandatoryVerb?.Invoke(property) ?? "Enter", property.Name)));
                continue;
            }

            if (!empty && !string.IsNullOrWhiteSpace(property.ValidationRegex))
            {
                bool matches;
                try
                {
                    matches = Regex.IsMatch(value!, property.ValidationRegex, RegexOptions.None, RegexTimeout);
                }
                catch (ArgumentException)
                {
                    // A pattern the editor cannot fix is the schema's fault, not the content's.
                    matches = true;
                }
                catch (RegexMatchTimeoutException)
                {
                    matches = false;
                }

                if (!matches)
                {
                    errors.Add(new(property.Alias, $"{property.Name} is not in the right format"));
                }
            }
        }

        return errors;
    }

    /// <summary>"Enter a heading", "Choose an event date", "Select related pages": the verb, an article unless the name is plural, the name.</summary>
    public static string Mandatory(string verb, string name)
    {
        var trimmed = name.Trim();
        // Lower-case the first letter unless the name starts with an acronym ("PEP date").
        var lower = trimmed.Length > 1 && char.IsUpper(trimmed[1]) ? trimmed : trimmed.Length == 0 ? trimmed : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
        var plural = lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal);
        var article = plural || lower.Length == 0 ? "" : "aeiouAEIOU".Contains(lower[0], StringComparison.Ordinal) ? "an " : "a ";
        return $"{verb} {article}{lower}".TrimEnd();
    }
}
