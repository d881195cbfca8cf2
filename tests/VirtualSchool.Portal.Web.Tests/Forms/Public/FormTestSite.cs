using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Published;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.Persistence;
using VirtualSchool.Portal.Web.Security;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Public;

/// <summary>
/// Forms made with <see cref="FormStore"/> and placed on a new published content page (the content page document
/// type gains a <c>form</c> property with the form picker, as the seeds give it), and posting their steps as a
/// browser without JavaScript would.
/// </summary>
public static class FormTestSite
{
    private static readonly Guid Home = Guid.Parse("821d015e-2228-41c7-a5fa-82eee8400787");
    private static readonly SemaphoreSlim Adding = new(1, 1);

    public static FormField Field(string alias, Guid type, string caption, bool mandatory = false, params (string Name, string Value)[] settings) => new()
    {
        Alias = alias,
        Caption = caption,
        FieldTypeId = type,
        Mandatory = mandatory,
        Settings = settings.ToDictionary(s => s.Name, s => s.Value, StringComparer.OrdinalIgnoreCase),
    };

    public static FormPreValue[] Choices(params string[] values) => values.Select(v => new FormPreValue { Value = v, Caption = char.ToUpperInvariant(v[0]) + v[1..] }).ToArray();

    /// <summary>A saved form with the given pages (the design is changed on a fresh copy and saved as version 2).</summary>
    public static async Task<FormDefinition> SaveFormAsync(PortalFactory portal, string name, Action<FormDefinition> design)
    {
        var store = portal.Services.GetRequiredService<FormStore>();
        var created = await store.CreateAsync(name + " " + Guid.NewGuid().ToString("N")[..6], null, "tests");
        var edit = (await store.GetForEditAsync(created.Key))!;
        edit.Pages.Clear();
        design(edit);
        Assert.Equal(FormSaveStatus.Saved, await store.SaveAsync(edit, "tests"));
        return (await store.GetAsync(created.Key))!;
    }

    /// <summary>A new published content page below Home that picks the form.</summary>
    public static async Task<PublishedContent> PlaceAsync(PortalFactory portal, Guid formKey, string? name = null)
    {
        await EnsureFormPropertyAsync(portal);
        var content = portal.Services.GetRequiredService<ContentService>();
        var title = name ?? "Ask us " + Guid.NewGuid().ToString("N")[..8];
        var created = await content.CreateAsync(new NewContent(title, "contentPage", Home, new Dictionary<string, string?> { ["heading"] = title, ["form"] = formKey.ToString("D") }));
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await content.PublishAsync(created.Node!.Key)).Succeeded);
        return portal.Services.GetRequiredService<IPublishedContentCache>().GetByKey(created.Node!.Key)!;
    }

    private static async Task EnsureFormPropertyAsync(PortalFactory portal)
    {
        await Adding.WaitAsync();
        try
        {
            await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var type = await db.ContentTypes.SingleAsync(t => t.Kind == ContentTypeKind.Document && t.Alias == "contentPage");
            if (type.Properties.Any(p => p.Alias == "form"))
            {
                return;
            }

            var picker = await db.DataTypes.FirstOrDefaultAsync(d => d.EditorAlias == "UmbracoForms.FormPicker");
            if (picker is null)
            {
                picker = new DataType { Key = Guid.NewGuid(), Name = "Form picker", EditorAlias = "UmbracoForms.FormPicker", Configuration = "{}" };
                db.DataTypes.Add(picker);
            }

            type.Properties = [.. type.Properties, new PropertyType(Guid.NewGuid(), "form", "Form", picker.Key, picker.EditorAlias, SortOrder: 50, GroupAlias: type.Properties.FirstOrDefault()?.GroupAlias)];
            await db.SaveChangesAsync();
        }
        finally
        {
            Adding.Release();
        }
    }

    /// <summary>A stamp from a minute ago: a person who took their time (the submission-time check is not what these tests test).</summary>
    public static string OldStamp(PortalFactory portal) =>
        portal.Services.GetRequiredService<FormTokens>().CreateStamp(DateTime.UtcNow.AddMinutes(-1));

    /// <summary>Posts a step's form as shown, with changes, and a stamp from a minute ago unless told otherwise.</summary>
    public static Task<HttpResponseMessage> PostAsync(PortalFactory portal, HttpClient client, IElement form, IDictionary<string, string> changes, bool freshStamp = false)
    {
        var all = new Dictionary<string, string>(changes);
        if (!freshStamp && !all.ContainsKey("__FormStamp"))
        {
            all["__FormStamp"] = OldStamp(portal);
        }

        return HtmlForms.PostAsync(client, form, all);
    }

    /// <summary>Posts form fields with repeated names (checkboxes) as a browser does.</summary>
    public static Task<HttpResponseMessage> PostPairsAsync(HttpClient client, string action, IEnumerable<KeyValuePair<string, string>> pairs) =>
        client.PostAsync(action, new FormUrlEncodedContent(pairs));

    public static async Task<List<FormEntry>> EntriesAsync(PortalFactory portal, Guid formKey)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.FormEntries.AsNoTracking().Where(e => e.FormKey == formKey).ToListAsync();
    }

    public static async Task<List<FormWorkflowRun>> RunsAsync(PortalFactory portal, Guid formKey)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.FormWorkflowRuns.AsNoTracking().Where(e => e.FormKey == formKey).ToListAsync();
    }

    public static async Task<List<FormEntryFile>> FilesAsync(PortalFactory portal, Guid formKey)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.FormEntryFiles.AsNoTracking().Where(e => e.FormKey == formKey).ToListAsync();
    }
}
