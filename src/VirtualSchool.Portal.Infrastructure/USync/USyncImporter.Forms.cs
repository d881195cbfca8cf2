using Microsoft.EntityFrameworkCore;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>
/// Forms and their folders (uSync.Forms' <c>Forms/</c> files), by key: a form whose design matches the stored one is
/// unchanged, so importing the same folder twice changes nothing; a changed design is saved as the form's next version.
/// </summary>
public sealed partial class USyncImporter
{
    private async Task<USyncItemResult> ImportFormFolderAsync(USyncFormFolder item, DryRun? plan, CancellationToken cancellationToken)
    {
        if (formFolders is null)
        {
            return Result(item, USyncChange.Ignored, "forms are not set up in this portal");
        }

        var stored = await formFolders.GetAsync(item.Key, cancellationToken);
        if (stored is not null && stored.Name == item.Name.Trim() && stored.ParentKey == item.ParentKey)
        {
            return Result(item, USyncChange.Unchanged);
        }

        if (item.ParentKey is { } parent && parent == item.Key)
        {
            return Result(item, USyncChange.Failed, "the folder is its own parent");
        }

        if (plan is null)
        {
            await formFolders.EnsureAsync(item.Key, item.Name, item.ParentKey, cancellationToken);
        }

        return Result(item, stored is null ? USyncChange.Created : USyncChange.Updated);
    }

    private async Task<USyncItemResult> ImportFormAsync(USyncForm item, DryRun? plan, CancellationToken cancellationToken)
    {
        if (formStore is null)
        {
            return Result(item, USyncChange.Ignored, "forms are not set up in this portal");
        }

        if (string.IsNullOrWhiteSpace(item.Form.Name) || item.Form.Name.Trim().Length > FormDefinition.MaxNameLength)
        {
            return Result(item, USyncChange.Failed, $"a form needs a name of 1 to {FormDefinition.MaxNameLength} characters");
        }

        if (item.Form.Pages.Count == 0)
        {
            return Result(item, USyncChange.Failed, "the form has no pages");
        }

        var stored = await formStore.GetForEditAsync(item.Key, cancellationToken);
        if (plan is not null)
        {
            // The file's JSON is the design without what changes on every save, so equal text is an equal design.
            return stored is null ? Result(item, USyncChange.Created)
                : USyncFormJson.Write(stored) == USyncFormJson.Write(item.Form) ? Result(item, USyncChange.Unchanged)
                : Result(item, USyncChange.Updated, $"saved as version {stored.Version + 1}");
        }

        var status = await formStore.ImportAsync(FormJson.Clone(item.Form), ImportUser, cancellationToken);
        return status switch
        {
            FormSaveStatus.Unchanged => Result(item, USyncChange.Unchanged),
            FormSaveStatus.Saved when stored is null => Result(item, USyncChange.Created),
            FormSaveStatus.Saved => Result(item, USyncChange.Updated, $"saved as version {stored.Version + 1}"),
            _ => Result(item, USyncChange.Failed, $"the form could not be saved ({status}): someone saved it during the import"),
        };
    }

    /// <summary>uSync's Empty "Delete" in <c>Forms/</c>: the form (with its entries, as deleting it in the back office does) or the folder.</summary>
    private async Task<USyncItemResult> DeleteFormItemAsync(USyncEmpty item, DryRun? plan, CancellationToken cancellationToken)
    {
        if (formStore is null || formFolders is null)
        {
            return Result(item, USyncChange.Ignored, "forms are not set up in this portal");
        }

        if (await formStore.GetForEditAsync(item.Key, cancellationToken) is not null)
        {
            if (plan is null)
            {
                await formStore.DeleteAsync(item.Key, cancellationToken);
            }

            return Result(item, USyncChange.Deleted, "the form with its entries");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.FormFolders.AnyAsync(f => f.Key == item.Key, cancellationToken))
        {
            return Result(item, USyncChange.Unchanged, "already absent");
        }

        if (plan is not null)
        {
            return Result(item, USyncChange.Deleted);
        }

        return await formFolders.DeleteAsync(item.Key, cancellationToken)
            ? Result(item, USyncChange.Deleted)
            : Result(item, USyncChange.Failed, "the folder still holds forms or folders");
    }
}
