using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core;
using VirtualSchool.Portal.Core.Audit;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Infrastructure.Cluster;
using VirtualSchool.Portal.Infrastructure.Content;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.DeliveryApi;

namespace VirtualSchool.Portal.Web.BackOffice.Settings;

/// <summary>Who asked for a conversion, for the pages' history and the audit log.</summary>
public sealed record MarkdownConversionUser(string? Id, string? Email, string? Address);

/// <summary>
/// Changes a Markdown property to a rich-text data type and converts every page's value once, in one transaction:
/// the property's data type, a new version of each page with its draft converted and, for a published page, a
/// version with its published content converted, published in its place (so the public page shows the same text
/// and links, and an unpublished change stays an unpublished change), and an audit entry per page saying why it
/// changed. Then the published cache is loaded again, here and, through a cache instruction, on every other node.
/// </summary>
public sealed class MarkdownConversionRun(
    MarkdownConversion conversion, IDbContextFactory<PortalDbContext> contexts, PublishedContentLoader loader,
    CacheInstructions cluster, IOutputCacheStore outputCache, DeliveryAnswerCache answers, TimeProvider clock)
{
    public const string Action = "convert-to-rich-text";

    public async Task<Attempt<MarkdownConversionPlan, MarkdownConversionStatus>> ConvertAsync(
        string typeAlias, string propertyAlias, Guid dataTypeKey, string? fingerprint, MarkdownConversionUser user, CancellationToken cancellationToken)
    {
        var planned = await conversion.PlanAsync(typeAlias, propertyAlias, dataTypeKey, cancellationToken);
        if (!planned.Succeeded || planned.Result is not { } plan)
        {
            return planned;
        }

        if (!string.Equals(plan.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return new(MarkdownConversionStatus.ChangedSincePreview, plan, Message: "The pages have changed since the preview: check the new preview before converting.");
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await ApplyAsync(db, plan, user, cancellationToken))
            {
                return new(MarkdownConversionStatus.ChangedSincePreview, plan, Message: "A page was saved while converting: nothing was converted. Check the new preview.");
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // The document type changed as well as the pages: the whole cache is loaded again, as after an import.
        await loader.LoadAsync(cancellationToken);
        await cluster.RecordAsync(CacheInstructionKind.All, cancellationToken: cancellationToken);
        answers.Evict();
        await outputCache.EvictByTagAsync(DeliveryOutputCache.Tag, cancellationToken);
        return new(MarkdownConversionStatus.Success, plan);
    }

    private async Task<bool> ApplyAsync(PortalDbContext db, MarkdownConversionPlan plan, MarkdownConversionUser user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var types = await db.ContentTypes.Where(t => t.Kind == ContentTypeKind.Document).ToListAsync(cancellationToken);
        var users = MarkdownConversion.UsersOf(plan.Property.Key, types);
        var nodes = await db.ContentNodes.Where(n => users.Contains(n.ContentTypeAlias)).ToListAsync(cancellationToken);
        if (MarkdownConversion.Fingerprint(plan.RichTextDataType, nodes) != plan.Fingerprint)
        {
            return false;
        }

        var type = types.Single(t => t.Key == plan.DocumentType.Key);
        type.Properties = [.. type.Properties.Select(p => p.Key == plan.Property.Key
            ? p with { DataTypeKey = plan.RichTextDataType.Key, EditorAlias = plan.RichTextDataType.EditorAlias }
            : p)];
        type.UpdateDate = now;

        var byKey = nodes.ToDictionary(n => n.Key);
        var changed = new List<(ContentNode Node, ContentVersion? Published, ContentVersion Draft)>();
        foreach (var page in plan.Pages)
        {
            var node = byKey[page.Key];
            var versions = await db.ContentVersions.AsNoTracking().Where(v => v.NodeId == node.Id).ToListAsync(cancellationToken);
            var number = versions.Max(v => v.VersionNumber);
            var draft = versions.Single(v => v.Id == node.DraftVersionId);
            ContentVersion? published = null;
            if (node.PublishedVersionId is { } publishedId && publishedId != node.DraftVersionId)
            {
                // The published content first, so the unpublished change stays the newest version, as before.
                published = Copy(versions.Single(v => v.Id == publishedId), plan.Property.Alias, page.PublishedValue?.RichText, ++number, now, user);
                db.ContentVersions.Add(published);
            }

            var newDraft = Copy(draft, plan.Property.Alias, page.Draft.RichText, ++number, now, user);
            if (node.PublishedVersionId == node.DraftVersionId)
            {
                published = newDraft; // published with no changes since: one version is both
            }

            db.ContentVersions.Add(newDraft);
            changed.Add((node, published, newDraft));
            db.AuditLog.Add(Audit(now, user, node, plan));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (node, published, draft) in changed)
        {
            node.DraftVersionId = draft.Id;
            node.PublishedVersionId = published?.Id ?? node.PublishedVersionId;
        }

        db.AuditLog.Add(new AuditEntry
        {
            At = now, Action = Action, UserId = user.Id, UserName = user.Email, IpAddress = user.Address,
            ItemType = "document-type", ItemKey = plan.DocumentType.Key.ToString(), ItemName = plan.DocumentType.Name,
            Detail = $"{plan.Property.Name} ({plan.Property.Alias}) changed from Markdown to the data type '{plan.RichTextDataType.Name}'; {plan.Pages.Count} pages converted",
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // A version as it was with the property's value converted. A published version keeps its own publish date: the
    // page's wording did not change, so its "last updated" date should not either.
    private static ContentVersion Copy(ContentVersion from, string alias, string? richText, int number, DateTime now, MarkdownConversionUser user) => new()
    {
        NodeId = from.NodeId,
        VersionNumber = number,
        Name = from.Name,
        Properties = new Dictionary<string, string?>(from.Properties, StringComparer.OrdinalIgnoreCase) { [alias] = richText ?? "" },
        CreateDate = now,
        CreatedBy = user.Email,
        PublishedDate = from.PublishedDate,
    };

    private static AuditEntry Audit(DateTime now, MarkdownConversionUser user, ContentNode node, MarkdownConversionPlan plan) => new()
    {
        At = now, Action = Action, UserId = user.Id, UserName = user.Email, IpAddress = user.Address,
        ItemType = "content", ItemKey = node.Key.ToString(), ItemName = node.Name,
        Detail = $"{plan.Property.Name} converted from Markdown to rich text, when the document type '{plan.DocumentType.Name}' changed it to '{plan.RichTextDataType.Name}'",
    };
}
