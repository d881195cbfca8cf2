using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.USync;
using VirtualSchool.Portal.Web.Hosting;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.USync;

/// <summary>Forms go to and come from <c>uSync/v17/Forms/</c> as uSync.Forms writes them, by key and idempotently.</summary>
[Trait("Category", "Integration")]
public sealed class FormsUSyncTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal static readonly Guid ContactForm = new("023d4973-62c2-4a0c-a2b6-639facb68d56");
    internal static readonly Guid AdviceForm = new("cdfab5eb-befa-47f1-bc2c-4fdb18432720");
    internal static readonly Guid PupilPremiumPlusForm = new("6af728a8-f1cd-4e45-af72-3f1f0e295fef");
    private static readonly Guid VirtualSchoolFolder = new("b3216a04-0b0d-48ec-9515-514689411833");
    private static readonly Guid ContactPage = new("704d621f-b359-4c9f-9fc2-18dea4639d30");
    private static readonly Guid AdvicePage = new("25bfe73d-5e75-4865-a336-bd3b8861bbb5");
    private static readonly Guid PupilPremiumPlusRequestPage = new("62a71a61-aeae-4835-95d6-6b16576b1ab7");

    private static string SeedFolder => Path.Combine(PortalFactory.RepositoryRoot, "uSync");

    private static string SeedForms => Path.Combine(SeedFolder, "v17", "Forms");

    private FormStore Store => factory.Services.GetRequiredService<FormStore>();

    private USyncImporter Importer => factory.Services.GetRequiredService<USyncImporter>();

    private USyncExporter Exporter => factory.Services.GetRequiredService<USyncExporter>();

    [Fact]
    public async Task The_seeded_forms_and_their_folder_are_imported_on_first_boot_and_placed_on_their_pages()
    {
        var report = factory.Services.GetRequiredService<PortalInitialiser>().LastImport;

        Assert.NotNull(report);
        Assert.Empty(report.Failures);
        Assert.Equal(3, report.Items.Count(i => i.ItemType == "Form" && i.Change == USyncChange.Created));
        Assert.Equal(1, report.Items.Count(i => i.ItemType == "FormFolder" && i.Change == USyncChange.Created));
        foreach (var (page, form, name) in new[]
        {
            (ContactPage, ContactForm, "Contact the Virtual School"),
            (AdvicePage, AdviceForm, "Ask for advice about a previously looked-after child"),
            (PupilPremiumPlusRequestPage, PupilPremiumPlusForm, "Request Pupil Premium Plus"),
        })
        {
            var stored = await Store.GetAsync(form);
            Assert.NotNull(stored);
            Assert.Equal(name, stored.Name);
            Assert.Equal(VirtualSchoolFolder, stored.FolderKey);
            Assert.Equal(form.ToString(), await PublishedValueAsync(page, "form"));
        }
    }

    [Fact]
    public async Task The_seeded_advice_form_has_its_pages_conditions_and_workflows()
    {
        var form = (await Store.GetAsync(AdviceForm))!;

        Assert.Equal(["About you", "About the child", "The child's school", "Consent"], form.Pages.Select(p => p.Caption));
        var how = form.FindField("howLeftCare")!;
        Assert.Equal(["adoption", "special-guardianship-order", "child-arrangements-order", "adopted-outside-england"], how.PreValues.Select(p => p.Value));
        var orderDate = form.FindField("orderDate")!;
        Assert.Equal(FieldTypeIds.Date, orderDate.FieldTypeId);
        Assert.All(orderDate.Condition!.Rules, r => Assert.Equal(how.Key, r.Field));
        Assert.Equal(["adopted-outside-england"], form.FindField("adoptedFromCountry")!.Condition!.Rules.Select(r => r.Value));
        Assert.Equal([WorkflowTypeIds.SendEmail, WorkflowTypeIds.SendConfirmation], form.Workflows.Select(w => w.WorkflowTypeId));
        Assert.Equal(form.FindField("yourEmail")!.Key.ToString(), form.Workflows[1].Setting("EmailField"));
        Assert.EndsWith("@example.gov.uk", form.Workflows[0].Setting("Email"), StringComparison.Ordinal);
        Assert.Equal("^[0-9]{6}$", (await Store.GetAsync(PupilPremiumPlusForm))!.FindField("urn")!.Pattern);
    }

    [Fact]
    public async Task Exporting_the_seeded_forms_writes_the_seed_files_byte_for_byte()
    {
        using var export = new TestFolder();

        var report = await Exporter.ExportAsync(export.Path);

        Assert.True(report.Succeeded);
        foreach (var seed in Directory.EnumerateFiles(SeedForms, "*.config", SearchOption.AllDirectories))
        {
            var exported = Path.Combine(report.Folder, "Forms", Path.GetRelativePath(SeedForms, seed));
            Assert.True(File.Exists(exported), exported);
            Assert.Equal(await File.ReadAllBytesAsync(seed), await File.ReadAllBytesAsync(exported));
        }
    }

    [Fact]
    public async Task Importing_the_seeds_again_leaves_every_form_and_folder_unchanged()
    {
        var dryRun = await Importer.ImportAsync(SeedFolder, dryRun: true);
        var import = await Importer.ImportAsync(SeedFolder);

        foreach (var report in new[] { dryRun, import })
        {
            var forms = report.Items.Where(i => i.ItemType is "Form" or "FormFolder").ToList();
            Assert.Equal(4, forms.Count);
            Assert.All(forms, i => Assert.Equal(USyncChange.Unchanged, i.Change));
        }

        Assert.Equal(1, (await Store.GetAsync(ContactForm))!.Version);
    }

    [Fact]
    public async Task An_export_imported_into_an_empty_portal_exports_the_same_bytes()
    {
        var folder = await factory.Services.GetRequiredService<FormFolders>().CreateAsync("Round trip", VirtualSchoolFolder);
        var made = await Store.CreateAsync("Round trip: expression of interest", folder.Key, "editor@example.org");
        var edit = (await Store.GetForEditAsync(made.Key))!;
        edit.Pages[0].Fieldsets[0].Fields.Add(new FormField
        {
            Alias = "why",
            Caption = "Why you would like to join the Board – in a few words",
            FieldTypeId = FieldTypeIds.LongAnswer,
            Settings = { ["MaximumLength"] = "500" },
        });
        await Store.SaveAsync(edit, "editor@example.org");
        using var first = new TestFolder();
        using var second = new TestFolder();
        await Exporter.ExportAsync(first.Path);

        await using (var copy = new FolderFactory(first.Path))
        {
            var imported = copy.Services.GetRequiredService<PortalInitialiser>().LastImport!;
            Assert.Empty(imported.Failures);
            Assert.True((await copy.Services.GetRequiredService<USyncExporter>().ExportAsync(second.Path)).Succeeded);
            Assert.All((await copy.Services.GetRequiredService<USyncImporter>().ImportAsync(first.Path)).Items.Where(i => i.ItemType is "Form" or "FormFolder"),
                i => Assert.Equal(USyncChange.Unchanged, i.Change));
        }

        Assert.Equal(FormsFolder(first.Path), FormsFolder(second.Path));
        Assert.Contains(FormsFolder(first.Path), f => f.StartsWith("round-trip-expression-of-interest.config", StringComparison.Ordinal));
        Assert.Contains(FormsFolder(first.Path), f => f.StartsWith("round-trip.config", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_form_file_saves_the_form_as_its_next_version_and_a_second_import_changes_nothing()
    {
        using var folder = new TestFolder();
        var made = await Store.CreateAsync("Changed in uSync", null, null);
        await Exporter.ExportAsync(folder.Path);
        var exported = Path.Combine(folder.Path, "v17", "Forms", "changed-in-usync.config");
        await File.WriteAllTextAsync(exported, (await File.ReadAllTextAsync(exported)).Replace("\"submitLabel\": \"Send\"", "\"submitLabel\": \"Send it\"", StringComparison.Ordinal));

        var first = await Importer.ImportAsync(folder.Path);
        var second = await Importer.ImportAsync(folder.Path);

        Assert.Equal(USyncChange.Updated, first.Items.Single(i => i.Key == made.Key).Change);
        Assert.Equal(USyncChange.Unchanged, second.Items.Single(i => i.Key == made.Key).Change);
        var stored = (await Store.GetAsync(made.Key))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal("Send it", stored.Settings.SubmitLabel);
    }

    [Fact]
    public async Task A_form_file_whose_data_has_another_key_fails_with_the_reason_and_the_rest_import()
    {
        using var folder = new TestFolder();
        var forms = Directory.CreateDirectory(Path.Combine(folder.Path, "v17", "Forms")).FullName;
        var good = Guid.NewGuid();
        await File.WriteAllTextAsync(Path.Combine(forms, "good.config"), UmbracoFormsFile.Minimal(good, good, "A good form"));
        await File.WriteAllTextAsync(Path.Combine(forms, "bad.config"), UmbracoFormsFile.Minimal(Guid.NewGuid(), Guid.NewGuid(), "A bad form"));
        await File.WriteAllTextAsync(Path.Combine(forms, "broken.config"), "<Form Key=\"" + Guid.NewGuid() + "\" Alias=\"broken\"><Data><![CDATA[{ not json]]></Data></Form>");

        var report = await Importer.ImportAsync(folder.Path);

        Assert.Equal(USyncChange.Created, report.Items.Single(i => i.Key == good).Change);
        Assert.Contains(report.Failures, f => f.File.EndsWith("bad.config", StringComparison.Ordinal) && f.Reason!.Contains("key", StringComparison.Ordinal));
        Assert.Contains(report.Failures, f => f.File.EndsWith("broken.config", StringComparison.Ordinal) && f.Reason!.Contains("JSON", StringComparison.Ordinal));
        Assert.NotNull(await Store.GetAsync(good));
    }

    [Fact]
    public async Task An_empty_delete_file_deletes_the_form()
    {
        var made = await Store.CreateAsync("Deleted in uSync", null, null);
        using var folder = new TestFolder();
        var forms = Directory.CreateDirectory(Path.Combine(folder.Path, "v17", "Forms")).FullName;
        await File.WriteAllTextAsync(Path.Combine(forms, "deleted-in-usync.config"), $"<Empty Key=\"{made.Key}\" Alias=\"deletedInUsync\" Change=\"Delete\" />");

        var report = await Importer.ImportAsync(folder.Path);
        var again = await Importer.ImportAsync(folder.Path);

        Assert.Equal(USyncChange.Deleted, report.Items.Single(i => i.Key == made.Key).Change);
        Assert.Equal(USyncChange.Unchanged, again.Items.Single(i => i.Key == made.Key).Change);
        Assert.Null(await Store.GetAsync(made.Key));
    }

    private async Task<string?> PublishedValueAsync(Guid page, string alias)
    {
        var repository = factory.Services.GetRequiredService<IContentRepository>();
        var node = await repository.GetNodeAsync(page);
        Assert.NotNull(node);
        Assert.True(node.IsPublished);
        var version = await repository.GetVersionAsync(node.PublishedVersionId!.Value);
        return version!.Properties.GetValueOrDefault(alias);
    }

    /// <summary>Every file of an export's Forms folder with its bytes, to compare two exports.</summary>
    private static List<string> FormsFolder(string exportFolder)
    {
        var forms = Path.Combine(exportFolder, "v17", "Forms");
        return Directory.EnumerateFiles(forms, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(forms, f).Replace('\\', '/') + " " + Convert.ToHexString(File.ReadAllBytes(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A portal whose first boot imports the given folder.</summary>
    private sealed class FolderFactory(string folder) : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Portal:USync:Folder"] = folder };
    }
}
