using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Infrastructure.Forms;

namespace VirtualSchool.Portal.Web.Forms.Entries;

/// <summary>
/// The privacy notice's generated section on forms: every form, the questions it asks (sensitive ones named apart), and
/// how long its entries are kept in each state, from the same settings the retention job deletes by, so the notice
/// cannot drift from what happens. Shown on the privacy notice page only (<see cref="PageRoute"/>); the page cache keys
/// on the forms' change version, so a form's change shows at once.
/// </summary>
public sealed class FormsPrivacyNoticeViewComponent(FormStore forms, EntryAnswers answers, IOptions<PortalOptions> options) : ViewComponent
{
    public const string Name = "FormsPrivacyNotice";

    /// <summary>The privacy notice's route (the seed's "Privacy notice" page under the home page).</summary>
    public const string PageRoute = "/privacy-notice/";

    public async Task<IViewComponentResult> InvokeAsync(PublishedContent content)
    {
        if (!string.Equals(content.Route?.TrimEnd('/'), PageRoute.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return Content("");
        }

        var items = new List<FormPrivacyItem>();
        foreach (var summary in await forms.ListAsync(HttpContext.RequestAborted))
        {
            if (await forms.GetAsync(summary.Key, HttpContext.RequestAborted) is not { } form)
            {
                continue;
            }

            var fields = answers.AnswerFields(form).Where(f => f.FieldTypeId != FieldTypeIds.Hidden).ToList();
            items.Add(new FormPrivacyItem(
                form.Name,
                fields.Where(f => !f.Sensitive).Select(EntryAnswers.Caption).ToList(),
                fields.Where(f => f.Sensitive).Select(EntryAnswers.Caption).ToList(),
                form.Settings.StoreIpAddress,
                FormRetentionPeriods.For(form, options.Value.Forms.RetentionDays)));
        }

        return View(items);
    }
}
