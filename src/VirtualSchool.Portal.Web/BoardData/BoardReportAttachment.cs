using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.BoardData;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Infrastructure.Audit;
using VirtualSchool.Portal.Infrastructure.BoardData;
using VirtualSchool.Portal.Infrastructure.Media;
using VirtualSchool.Portal.Web.Members;

namespace VirtualSchool.Portal.Web.BoardData;

/// <summary>
/// Attaches a published term's report (.docx, the suppressed figures) to a Board meeting in one step: the file becomes
/// a media item in the "Board papers" folder (so it is protected like the other papers), is added at the end of the
/// meeting's papers, and the version of the meeting readers already see is published again with it, as the Board
/// clerk's "Publish papers" does (a writer's draft waiting for approval stays waiting).
/// </summary>
public sealed class BoardReportAttachment(IBoardDataReader reader, MediaService media, MediaRepository library, ContentService content, IContentRepository repository, AuditLog audit)
{
    public async Task<BoardReportAttachResult> AttachAsync(BoardTermId term, Guid meetingKey, BoardDataOptions options, AttachedBy by, CancellationToken cancellationToken)
    {
        if (await BoardDashboard.LoadAsync(reader, options.Rules, term, cancellationToken) is not { } model)
        {
            return new(false, $"The report for the {term} was not attached: only a term published to the Board can be attached to a meeting.");
        }

        var node = await repository.GetNodeAsync(meetingKey, cancellationToken);
        if (node is null || node.Trashed || !string.Equals(node.ContentTypeAlias, BoardMeetings.MeetingType, StringComparison.OrdinalIgnoreCase))
        {
            return new(false, $"The report for the {term} was not attached: choose a Board meeting.");
        }

        if (!node.IsPublished || await repository.GetVersionAsync(node.PublishedVersionId!.Value, cancellationToken) is not { } published)
        {
            return new(false, $"The report for the {term} was not attached: {node.Name} is not published yet. An editor must publish it first.");
        }

        // Attaching twice would put two copies in the papers pack: the second is refused and says where the first is.
        if (await AlreadyAttachedAsync(published.Properties.GetValueOrDefault("papers"), BoardReportDocument.Title(model.Current), cancellationToken))
        {
            return new(false, $"The report for the {term} is already in the papers of {published.Name}: it was not attached again.");
        }

        await using var file = new MemoryStream(BoardReportDocument.Write(model));
        var uploaded = await media.UploadAsync(BoardReportDocument.FileName(model.Current), file, MembersSeed.BoardPapersFolder,
            BoardReportDocument.Title(model.Current), cancellationToken);
        if (!uploaded.Succeeded)
        {
            return new(false, $"The report for the {term} was not attached: the file could not be stored ({uploaded.Message}).");
        }

        var item = uploaded.Item!;
        var papers = BoardMeetingPapers.Append(published.Properties.GetValueOrDefault("papers"), item.Key);
        var result = await content.PublishChangeToPublishedAsync(meetingKey, new Dictionary<string, string?> { ["papers"] = papers }, by.Name, cancellationToken);
        if (!result.Succeeded)
        {
            // Nothing half-done: the file goes to the recycle bin when the meeting could not take it.
            await media.DeleteAsync(item.Key, confirmUsed: true, cancellationToken);
            return new(false, $"The report for the {term} was not attached to {published.Name}: "
                + string.Join(" ", result.ValidationErrors.Select(e => e.Message).DefaultIfEmpty(result.Message ?? result.Status.ToString())));
        }

        await audit.RecordAsync(AuditActions.MediaUpload, by.Id, by.Name, "media", item.Key.ToString(), item.Name,
            $"the Board data report for the {term} (version {model.Current.Version}, suppressed figures)", by.Address, cancellationToken);
        await audit.RecordAsync(AuditActions.Publish, by.Id, by.Name, "content", meetingKey.ToString(), published.Name,
            $"the Board data report for the {term} attached to its papers", by.Address, cancellationToken);
        return new(true, $"The report for the {term} is attached to the papers of {published.Name}.");
    }

    private async Task<bool> AlreadyAttachedAsync(string? papers, string title, CancellationToken cancellationToken)
    {
        var keys = StoredValues.MediaKeys(papers);
        var items = keys.Count == 0 ? [] : await library.GetManyAsync(keys, cancellationToken);
        return items.Any(i => !i.Trashed && string.Equals(i.Name, title, StringComparison.Ordinal));
    }
}
