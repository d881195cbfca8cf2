using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace VirtualSchool.Portal.Infrastructure.Email;

/// <summary>
/// Emails written as templates in the project: for a template <c>name</c>, an embedded
/// <c>EmailTemplates/name.txt</c> (first line <c>Subject: ...</c>, then the plain-text body) and
/// <c>EmailTemplates/name.html</c> (the HTML body, placed inside <c>_layout.html</c>). Placeholders are
/// <c>{{key}}</c>; in HTML they are encoded. <c>{{#key}}...{{/key}}</c> keeps its text only when the value is
/// not empty, and <c>{{^key}}...{{/key}}</c> only when it is.
/// </summary>
public sealed partial class EmailTemplates
{
    private const string Folder = ".EmailTemplates.";
    private readonly Dictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);

    private readonly IEmailFooterLinks? _footer;

    // The footer's links are optional so that a host without a public site (a tool) can still write emails.
    public EmailTemplates(IEnumerable<EmailTemplateSource> sources, IEmailFooterLinks? footer = null)
    {
        _footer = footer;
        foreach (var assembly in sources.Select(s => s.Assembly).Distinct())
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                var at = resource.IndexOf(Folder, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                _files[resource[(at + Folder.Length)..]] = reader.ReadToEnd().ReplaceLineEndings("\n");
            }
        }
    }

    public bool Has(string name) => _files.ContainsKey(name + ".txt");

    /// <summary>Writes the email <paramref name="name"/> to <paramref name="to"/> with these values.</summary>
    public EmailMessage Render(string name, string to, IReadOnlyDictionary<string, string?> values)
    {
        if (!_files.TryGetValue(name + ".txt", out var text))
        {
            throw new InvalidOperationException($"There is no email template '{name}.txt'.");
        }

        var rendered = Fill(text, values, html: false);
        var firstLine = rendered.IndexOf('\n');
        var header = firstLine < 0 ? rendered : rendered[..firstLine];
        if (!header.StartsWith("Subject:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The email template '{name}.txt' must start with a 'Subject:' line.");
        }

        var subject = header["Subject:".Length..].Trim();
        var body = firstLine < 0 ? "" : rendered[(firstLine + 1)..].TrimStart('\n');
        var contactUrl = _footer?.ContactUrl;
        if (contactUrl is not null)
        {
            body = body.TrimEnd('\n') + "\n\n--\nPlease do not reply to this email. To contact the Virtual School, go to " + contactUrl + "\n";
        }

        string? html = null;
        if (_files.TryGetValue(name + ".html", out var htmlTemplate))
        {
            html = Fill(htmlTemplate, values, html: true);
            if (_files.TryGetValue("_layout.html", out var layout))
            {
                var layoutValues = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase) { ["subject"] = subject, ["contactUrl"] = contactUrl };
                html = Fill(layout, layoutValues, html: true).Replace("{{{content}}}", html, StringComparison.Ordinal);
            }
        }

        return new EmailMessage(to, subject, body, html);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string?> values, bool html)
    {
        string? Get(string key) => values.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

        // Sections first (they may contain placeholders), innermost last is fine: sections do not nest here.
        var result = Section().Replace(template, m =>
        {
            var present = Get(m.Groups["key"].Value) is not null;
            return (m.Groups["kind"].Value == "#") == present ? m.Groups["body"].Value : "";
        });
        return Placeholder().Replace(result, m =>
        {
            var value = Get(m.Groups["key"].Value) ?? "";
            return html ? WebUtility.HtmlEncode(value) : value;
        });
    }

    [GeneratedRegex(@"\{\{(?<kind>[#^])(?<key>[\w.]+)\}\}\n?(?<body>.*?)\{\{/\k<key>\}\}\n?", RegexOptions.Singleline)]
    private static partial Regex Section();

    // {{{content}}} is the layout's slot, filled after the placeholders.
    [GeneratedRegex(@"(?<!\{)\{\{(?<key>[\w.]+)\}\}(?!\})")]
    private static partial Regex Placeholder();
}
