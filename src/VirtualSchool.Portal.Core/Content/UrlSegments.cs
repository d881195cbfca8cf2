using System.Globalization;
using System.Text;

namespace VirtualSchool.Portal.Core.Content;

/// <summary>Makes the URL segment of a node from its name: lower case, ASCII, words joined by hyphens.</summary>
public static class UrlSegments
{
    public static string FromName(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(c);
            if (folded is null)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(folded);
        }

        return builder.Length == 0 ? "page" : builder.ToString();
    }

    private static string? Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c.ToString();
        }

        if (c is >= 'A' and <= 'Z')
        {
            return char.ToLowerInvariant(c).ToString();
        }

        return c switch
        {
            'ß' => "ss",
            'æ' or 'Æ' => "ae",
            'ø' or 'Ø' => "o",
            'œ' or 'Œ' => "oe",
            'đ' or 'Đ' => "d",
            'ł' or 'Ł' => "l",
            '&' => "and",
            // Apostrophes join a word rather than split it: "children's" becomes "childrens".
            '\'' or '’' => "",
            _ => null,
        };
    }
}
