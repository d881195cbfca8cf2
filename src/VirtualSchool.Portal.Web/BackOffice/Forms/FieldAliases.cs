using System.Text;
using System.Text.RegularExpressions;
using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Web.BackOffice.Forms;

/// <summary>Field aliases as Umbraco Forms makes them: camel case from the caption, unique in the form.</summary>
public static partial class FieldAliases
{
    public const int MaxLength = 100;

    /// <summary>"How did the child leave care?" → "howDidTheChildLeaveCare"; "field" when nothing usable is left.</summary>
    public static string FromCaption(string? caption)
    {
        var words = Words().Matches(caption ?? "").Select(m => m.Value).ToList();
        var alias = new StringBuilder();
        foreach (var word in words)
        {
            alias.Append(alias.Length == 0 ? word.ToLowerInvariant() : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant());
        }

        var text = alias.ToString();
        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            text = "field" + text;
        }

        return text.Length > MaxLength - 4 ? text[..(MaxLength - 4)] : text;
    }

    /// <summary>The alias, or the alias with 2, 3 … after it, so no other field of the form has it.</summary>
    public static string Unique(FormDefinition form, string alias, Guid self)
    {
        bool Taken(string a) => form.AllFields.Any(f => f.Key != self && string.Equals(f.Alias, a, StringComparison.OrdinalIgnoreCase));
        var candidate = alias;
        for (var n = 2; Taken(candidate); n++)
        {
            candidate = alias + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>Whether a typed alias may be used: a letter, then letters and digits.</summary>
    public static bool IsValid(string alias) => alias.Length <= MaxLength && Valid().IsMatch(alias);

    public static bool IsTaken(FormDefinition form, string alias, Guid self) =>
        form.AllFields.Any(f => f.Key != self && string.Equals(f.Alias, alias, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("[A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Valid();
}
