namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>
/// The value of an <c>expand</c> or <c>fields</c> parameter, in Umbraco's syntax: <c>properties[$all]</c>,
/// <c>properties[a,b]</c>, nested as <c>properties[a[properties[x,y]]]</c>.
/// </summary>
public sealed class PropertySelection
{
    private readonly Dictionary<string, PropertySelection?> _named;

    private PropertySelection(bool all, Dictionary<string, PropertySelection?> named)
    {
        IncludesAll = all;
        _named = named;
    }

    /// <summary>Selects nothing (an empty <c>properties[]</c>).</summary>
    public static PropertySelection None { get; } = new(false, new(StringComparer.OrdinalIgnoreCase));

    public bool IncludesAll { get; }

    public bool Includes(string alias) => IncludesAll || _named.ContainsKey(alias);

    /// <summary>The selection given for a property's own properties (<c>a[properties[...]]</c>); null when none was given.</summary>
    public PropertySelection? Nested(string alias) => _named.GetValueOrDefault(alias);

    /// <summary>Parses a parameter; an absent or empty one gives null (nothing asked for) and malformed text gives false.</summary>
    public static bool TryParse(string? text, out PropertySelection? selection)
    {
        selection = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var position = 0;
        var trimmed = text.Trim();
        // "all" is Umbraco v1's expand syntax, still accepted by v2 for expand.
        if (trimmed.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            selection = new PropertySelection(true, new(StringComparer.OrdinalIgnoreCase));
            return true;
        }

        selection = ParseProperties(trimmed, ref position);
        return selection is not null && position == trimmed.Length;
    }

    private static PropertySelection? ParseProperties(string text, ref int position)
    {
        const string Keyword = "properties[";
        if (string.Compare(text, position, Keyword, 0, Keyword.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        position += Keyword.Length;
        var all = false;
        var named = new Dictionary<string, PropertySelection?>(StringComparer.OrdinalIgnoreCase);
        while (position < text.Length && text[position] != ']')
        {
            var start = position;
            while (position < text.Length && text[position] is not (',' or '[' or ']'))
            {
                position++;
            }

            var alias = text[start..position].Trim();
            if (alias.Length == 0 || position >= text.Length)
            {
                return null;
            }

            PropertySelection? nested = null;
            if (text[position] == '[')
            {
                position++;
                nested = ParseProperties(text, ref position);
                if (nested is null || position >= text.Length || text[position] != ']')
                {
                    return null;
                }

                position++;
            }

            if (alias == "$all")
            {
                all = true;
            }
            else
            {
                named[alias] = nested;
            }

            if (position < text.Length && text[position] == ',')
            {
                position++;
            }
        }

        if (position >= text.Length)
        {
            return null;
        }

        position++;
        return new PropertySelection(all, named);
    }
}
