using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FormsBench;

/// <summary>
/// A form as a person fills it in: the first step on the page it is placed on, read from the HTML (the tokens, the
/// stamp and the fields whatever they are named), answered with plausible values, the honeypot left empty.
/// </summary>
public static class PublicForm
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The step's action and the answers to post, or null when the page has no form posting to /forms/.</summary>
    public static async Task<(string Action, Dictionary<string, string> Fields)?> ReadAsync(HttpClient client, string pagePath, int person)
    {
        using var response = await client.GetAsync(pagePath);
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        if (document.QuerySelector("form[action^='/forms/']") is not { } form)
        {
            return null;
        }

        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (Answer(input, name, person) is { } value && !fields.ContainsKey(name))
            {
                fields[name] = value;
            }
        }

        return (form.GetAttribute("action")!, fields);
    }

    private static string? Answer(IElement input, string name, int person)
    {
        var type = input.LocalName == "input" ? (input.GetAttribute("type") ?? "text").ToLowerInvariant() : input.LocalName;
        if (input.GetAttribute("tabindex") == "-1" || name.Contains("website", StringComparison.OrdinalIgnoreCase))
        {
            return null; // the honeypot: people never see it
        }

        return type switch
        {
            "hidden" => input.GetAttribute("value") ?? "",
            "email" => $"bench-{person}@example.org",
            "tel" => "01632 960 001",
            "number" => "2",
            "checkbox" or "radio" => input.GetAttribute("value") ?? "on",
            "textarea" => $"Benchmark message {person}: could you tell me about training for designated teachers?",
            "select" => input.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).FirstOrDefault(v => !string.IsNullOrEmpty(v)),
            "file" or "submit" or "button" => null,
            _ when name.EndsWith("-day", StringComparison.Ordinal) => "14",
            _ when name.EndsWith("-month", StringComparison.Ordinal) => "6",
            _ when name.EndsWith("-year", StringComparison.Ordinal) => "2021",
            _ => $"Bench person {person}",
        };
    }
}
