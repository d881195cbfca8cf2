using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using VirtualSchool.Portal.Core.Search;

namespace VirtualSchool.Portal.Infrastructure.Search.Index;

/// <summary>Turns a <see cref="SearchDocument"/> into Lucene fields and a stored document back into a <see cref="SearchHit"/>.</summary>
internal static class SearchDocumentMapper
{
    /// <summary>The text's words with their places, which the snippets read (<see cref="SnippetWriter"/>).</summary>
    private static readonly FieldType TextWithOffsets = Freeze(new FieldType(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
        StoreTermVectorOffsets = true,
    });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public static Document ToLucene(SearchDocument source, int storedTextLimit)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, source.Id, Field.Store.YES),
            new StringField(SearchFields.Kind, KindTerm(source.Kind), Field.Store.YES),
            new NumericDocValuesField(SearchFields.Kind, (long)source.Kind),
            new TextField(SearchFields.Title, source.Title, Field.Store.YES),
            // The whole text is indexed; only its start is stored, for snippets.
            new Field(SearchFields.Text, source.Text, TextWithOffsets),
            new StoredField(SearchFields.Text, source.Text.Length > storedTextLimit ? source.Text[..storedTextLimit] : source.Text),
        };

        if (source.AllowedGroups is null)
        {
            document.Add(new StringField(SearchFields.Public, SearchFields.PublicValue, Field.Store.NO));
            document.Add(new TextField(SearchFields.Spelling, source.Title + "\n" + source.Text, Field.Store.NO));
        }
        else
        {
            foreach (var group in source.AllowedGroups)
            {
                document.Add(new StringField(SearchFields.Group, group.ToLowerInvariant(), Field.Store.NO));
            }
        }

        foreach (var audience in source.Audiences.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            document.Add(new StringField(SearchFields.Audience, audience.ToLowerInvariant(), Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.AudienceValue, new BytesRef(audience)));
            document.Add(new StoredField(SearchFields.AudienceValue, audience));
        }

        var ticks = source.Date is { } date ? ToUtc(date).Ticks : 0L;
        document.Add(new NumericDocValuesField(SearchFields.Date, ticks));
        AddStored(document, SearchFields.Date, source.Date is null ? null : ticks.ToString(CultureInfo.InvariantCulture));
        if (source.Owner is { } owner)
        {
            document.Add(new StringField(SearchFields.Owner, owner, Field.Store.NO));
        }

        AddStored(document, SearchFields.Url, source.Url);
        AddStored(document, SearchFields.Section, source.Section);
        AddStored(document, SearchFields.Bytes, source.Bytes?.ToString(CultureInfo.InvariantCulture));
        AddStored(document, SearchFields.Format, source.Format);
        if (source.Extra.Count > 0)
        {
            document.Add(new StoredField(SearchFields.Extra, JsonSerializer.Serialize(source.Extra)));
        }

        return document;
    }

    public static SearchHit ToHit(Document stored, float score, string snippetHtml)
    {
        var date = Get(stored, SearchFields.Date);
        var bytes = Get(stored, SearchFields.Bytes);
        var extra = Get(stored, SearchFields.Extra);
        return new SearchHit
        {
            Id = Get(stored, SearchFields.Id) ?? "",
            Kind = (SearchKind)int.Parse(Get(stored, SearchFields.Kind) ?? "1", CultureInfo.InvariantCulture),
            Title = Get(stored, SearchFields.Title) ?? "",
            Url = Get(stored, SearchFields.Url),
            Section = Get(stored, SearchFields.Section),
            Date = date is null ? null : new DateTime(long.Parse(date, CultureInfo.InvariantCulture), DateTimeKind.Utc),
            Bytes = bytes is null ? null : long.Parse(bytes, CultureInfo.InvariantCulture),
            Format = Get(stored, SearchFields.Format),
            Audiences = stored.GetValues(SearchFields.AudienceValue, CultureInfo.InvariantCulture),
            SnippetHtml = snippetHtml,
            Score = float.IsNaN(score) ? 0 : score,
            Extra = extra is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(extra) ?? [],
        };
    }

    /// <summary>A stored string as written (the invariant culture only matters to numbers, which are stored as text).</summary>
    public static string? Get(Document stored, string field) => stored.Get(field, CultureInfo.InvariantCulture);

    public static string KindTerm(SearchKind kind) => ((int)kind).ToString(CultureInfo.InvariantCulture);

    private static DateTime ToUtc(DateTime date) => date.Kind switch
    {
        DateTimeKind.Local => date.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(date, DateTimeKind.Utc),
        _ => date,
    };

    private static void AddStored(Document document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StoredField(field, value));
        }
    }
}
