using System.Text;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.BoardData.Import;

namespace VirtualSchool.Portal.Infrastructure.BoardData;

/// <summary>
/// At first boot (no term stored yet, <c>Portal:BoardData:SeedExamples</c> on) adds three published terms of made-up
/// figures, marked as examples. Each goes through the template's CSV and the same validator as an upload, so the
/// examples can never hold what an upload could not.
/// </summary>
public sealed class BoardDataExamples(BoardDataStore store, AuditLog audit)
{
    public const string SeededBy = "Example figures";

    /// <summary>Adds the examples when no term is stored; false when there were terms already.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!await store.IsEmptyAsync(cancellationToken))
        {
            return false;
        }

        for (var i = 0; i < BoardDataExampleFigures.Terms.Length; i++)
        {
            var term = BoardDataExampleFigures.Terms[i];
            var csv = Encoding.UTF8.GetBytes(BoardTemplate.Csv(BoardDataExampleFigures.For(i)));
            using var file = new MemoryStream(csv);
            var checkedFile = BoardFileReader.Check(file, "example.csv");
            if (!checkedFile.IsValid)
            {
                throw new InvalidOperationException($"The example figures for {term} do not pass the validator: {string.Join("; ", checkedFile.Errors.Select(e => e.Text))}");
            }

            var saved = await store.AddVersionAsync(term, checkedFile.Figures, "example.csv", SeededBy, isExample: true, cancellationToken);
            if (!saved.Succeeded)
            {
                // Another node seeded at the same moment.
                return false;
            }

            await store.SaveCommentaryAsync(term, BoardDataExampleFigures.Commentary[i], cancellationToken);
            await store.PublishAsync(term, saved.Version, SeededBy, cancellationToken);
            await audit.RecordAsync(BoardDataAuditActions.Seed, null, SeededBy, BoardDataAuditActions.ItemType, term.Slug, term.ToString(),
                "Example figures imported and published at first boot", cancellationToken: cancellationToken);
        }

        return true;
    }
}
