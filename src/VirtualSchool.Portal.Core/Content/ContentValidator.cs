using System.Text.RegularExpressions;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Checks property values against their type's rules: mandatory and validation pattern.</summary>
public static class ContentValidator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(250);

    public static IReadOnlyList<FormError> Validate(ContentType composedType, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new List<FormError>();
        foreach (var property in composedType.Properties)
        {
            values.TryGetValue(property.Alias, out var value);
            var empty = string.IsNullOrWhiteSpace(value) || value.Trim() is "[]" or "{}";
            if (property.Mandatory && empty)
            {
                errors.Add(new(property.Alias, $"Enter {property.Name.ToLowerInvariant()}"));
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
}
