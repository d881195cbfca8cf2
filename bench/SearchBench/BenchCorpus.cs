using System.Runtime.CompilerServices;
using System.Text;
using VirtualSchool.Portal.Core.Search;

namespace SearchBench;

/// <summary>
/// A reproducible corpus shaped like the portal's: pages of 300 to 900 words and documents of 2,000 to 6,000, written
/// from a vocabulary of the Virtual School's words and 6,000 made-up ones (so the term dictionary is as large as a real
/// site's); one in ten restricted to a member group; kinds, audiences and dates spread. Generated as it is read, so the
/// bench's own memory stays out of the figures.
/// </summary>
public sealed class BenchCorpus(int pages, int documents) : ISearchIndexPopulator
{
    public static readonly string[] Audiences = ["Designated teachers", "Social workers", "Foster carers", "Headteachers", "Governors"];

    private static readonly string[] Field =
    [
        "pupil", "premium", "plus", "funding", "looked-after", "children", "designated", "teacher", "personal", "education",
        "plan", "attendance", "exclusion", "admissions", "school", "virtual", "headteacher", "carer", "foster", "social",
        "worker", "special", "guardianship", "order", "arrangements", "health", "care", "SENCO", "training", "course",
        "guidance", "statutory", "local", "authority", "allocation", "termly", "review", "progress", "attainment", "support",
    ];

    private static readonly string[] Made = MakeWords(6000);

    public string Index => SearchIndexNames.External;

    public int Count => pages + documents;

    public Task<string> FingerprintAsync(CancellationToken cancellationToken) => Task.FromResult($"{pages}/{documents}");

    public async IAsyncEnumerable<SearchDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var random = new Random(42);
        for (var i = 0; i < pages + documents; i++)
        {
            if (i % 500 == 0)
            {
                await Task.Yield();
            }

            yield return Make(random, i, i >= pages);
        }
    }

    public static SearchDocument Make(Random random, int i, bool isDocument)
    {
        var kind = isDocument ? SearchKind.Document : (SearchKind)(1 + (i % 3));
        return new SearchDocument
        {
            Id = (isDocument ? "media:" : "content:") + i,
            Kind = kind,
            Title = Sentence(random, random.Next(3, 9)),
            Text = Sentence(random, isDocument ? random.Next(2000, 6000) : random.Next(300, 900)),
            Url = isDocument ? $"/media/bench/{i}.pdf" : $"/bench/{i}",
            Section = "Section " + (i % 12),
            Date = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i * 13),
            Audiences = [Audiences[i % Audiences.Length]],
            AllowedGroups = i % 10 == 0 ? new HashSet<string> { "Board" } : null,
            Bytes = isDocument ? 20_000 + i : null,
            Format = isDocument ? "PDF" : null,
        };
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder(words * 8);
        for (var w = 0; w < words; w++)
        {
            // A Zipf-like mix: the field's words are common, the made-up ones a long tail.
            var word = random.Next(4) == 0 ? Field[random.Next(Field.Length)] : Made[(int)(Made.Length * Math.Pow(random.NextDouble(), 2.5))];
            text.Append(word).Append(w % 14 == 13 ? ". " : " ");
        }

        return text.ToString();
    }

    private static string[] MakeWords(int count)
    {
        var random = new Random(7);
        const string letters = "abcdefghilmnoprstuvw";
        return Enumerable.Range(0, count)
            .Select(_ => new string(Enumerable.Range(0, random.Next(4, 11)).Select(_ => letters[random.Next(letters.Length)]).ToArray()))
            .ToArray();
    }
}
