using System.Globalization;
using System.Net;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Builder;

/// <summary>Workflows with their type's settings, per-form permissions and retention.</summary>
[Trait("Category", "Integration")]
public sealed class FormSettingsTests(FormBuilderFactory factory) : IClassFixture<FormBuilderFactory>
{
    [Fact]
    public async Task A_workflow_is_added_with_its_settings_checked_by_kind_and_by_its_type()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Workflows");
        var name = form.FindField("yourName")!;
        var choose = await FormBuilderFactory.PageAsync(client, $"/umbraco/forms/{form.Key}/workflows/new?stage=Approved");
        Assert.NotNull(choose.QuerySelector($"input[name='type'][value='{TestWorkflowType.TypeId}']"));
        var path = $"/umbraco/forms/{form.Key}/workflows/new?stage=Approved&type={TestWorkflowType.TypeId}";

        var bad = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string> { ["setting-Email"] = "team at school", ["setting-Url"] = "not a url" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = await FormBuilderFactory.ErrorsAsync(bad);
        Assert.Contains(errors, e => e.StartsWith("Send to: enter email addresses", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Post to: enter a full web address", StringComparison.Ordinal));

        var unchecked_ = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string> { ["setting-Subject"] = "Hello" });
        Assert.Equal(HttpStatusCode.BadRequest, unchecked_.StatusCode);
        Assert.Contains("Enter the addresses to send to, or choose the question that holds one", await FormBuilderFactory.ErrorsAsync(unchecked_));

        var saved = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string>
        {
            ["name"] = "Tell the virtual school",
            ["setting-Email"] = "team@virtualschool.test, head@virtualschool.test",
            ["setting-EmailField"] = name.Key.ToString(),
            ["setting-Attach"] = "true",
            ["setting-Fields-property-0"] = "childName",
            ["setting-Fields-field-0"] = name.Key.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var workflow = Assert.Single((await factory.Store.GetAsync(form.Key))!.Workflows);
        Assert.Equal(("Tell the virtual school", FormEntryState.Approved, true), (workflow.Name, workflow.ExecutesOn, workflow.Active));
        Assert.Equal("team@virtualschool.test, head@virtualschool.test", workflow.Setting("Email"));
        Assert.Equal(name.Key.ToString(), workflow.Setting("EmailField"));
        Assert.Equal("true", workflow.Setting("Attach"));
        Assert.Equal($"{{\"childName\":\"{name.Key}\"}}", workflow.Setting("Fields"));
        var overview = await FormBuilderFactory.PageAsync(client, $"/umbraco/forms/{form.Key}");
        Assert.NotNull(overview.QuerySelector($"a[href='/umbraco/forms/{form.Key}/workflows/{workflow.Key}']"));
    }

    [Fact]
    public async Task Giving_writers_the_edit_right_lets_them_build_the_form_and_administrators_keep_every_right()
    {
        var editor = await factory.SignInAsync(BackOfficeRoles.Editor);
        var writer = await factory.SignInAsync(BackOfficeRoles.Writer);
        var form = await factory.FormWithAQuestionAsync("Shared with writers");
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/umbraco/forms/{form.Key}")).StatusCode);
        var path = $"/umbraco/forms/{form.Key}/permissions";
        var page = await FormBuilderFactory.PageAsync(editor, path);
        var admin = page.QuerySelector("#right-Edit-administrator")!;
        Assert.True(admin.HasAttribute("disabled") && admin.HasAttribute("checked"));

        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token), new("version", form.Version.ToString(CultureInfo.InvariantCulture)),
            new("right-Edit", BackOfficeRoles.Editor), new("right-Edit", BackOfficeRoles.Writer),
            new("right-ViewEntries", BackOfficeRoles.Editor), new("right-ViewSensitive", BackOfficeRoles.Editor),
        };
        var response = await editor.PostAsync(path, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await factory.Store.GetAsync(form.Key))!.Permissions.Roles;
        Assert.Equal([BackOfficeRoles.Editor, BackOfficeRoles.Writer], saved[FormRight.Edit]);
        Assert.Empty(saved[FormRight.Export]);
        Assert.Equal([BackOfficeRoles.Editor], saved[FormRight.ViewSensitive]);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync($"/umbraco/forms/{form.Key}")).StatusCode);

        var unknownRole = await editor.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("version", "3"), new("right-Edit", "Hacker")]));
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
    }

    [Fact]
    public async Task Retention_is_saved_per_state_shown_on_the_overview_and_bad_numbers_are_refused()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Retention");
        var path = $"/umbraco/forms/{form.Key}/retention";
        var screen = await FormBuilderFactory.PageAsync(client, path);
        Assert.Contains("365 days", screen.QuerySelector("#submitted-hint")!.TextContent, StringComparison.Ordinal);

        var bad = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string> { ["submitted"] = "-4", ["approved"] = "forever" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(2, (await FormBuilderFactory.ErrorsAsync(bad)).Length);

        var saved = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string> { ["submitted"] = "30", ["approved"] = "", ["rejected"] = "7" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var retention = (await factory.Store.GetAsync(form.Key))!.Retention;
        Assert.Equal((30, (int?)null, 7), (retention.SubmittedDays.GetValueOrDefault(), retention.ApprovedDays, retention.RejectedDays.GetValueOrDefault()));
        var overview = (await FormBuilderFactory.PageAsync(client, $"/umbraco/forms/{form.Key}")).Body!.TextContent;
        Assert.Contains("Submitted: 30 days", overview, StringComparison.Ordinal);
        Assert.Contains("Approved: 365 days (the default)", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_settings_keep_the_labels_and_the_page_to_go_to_chosen_by_search()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Settings");
        var path = $"/umbraco/forms/{form.Key}/settings";

        var search = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string> { ["goto-search"] = "Contact", ["search"] = "goto" });
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var matches = await PortalFactory.ParseAsync(search);
        var pick = matches.QuerySelector("input[name='goto-pick']");
        var changes = new Dictionary<string, string> { ["nextLabel"] = "Next", ["checkAnswers"] = "", ["manualApproval"] = "", ["storeIpAddress"] = "true" };
        if (pick is not null)
        {
            changes["goto-pick"] = pick.GetAttribute("value")!;
        }

        var saved = await HtmlForms.PostAsync(client, matches.QuerySelector($"form[action='{path}']")!, changes);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = (await factory.Store.GetAsync(form.Key))!.Settings;
        Assert.Equal(("Next", false, false, true), (settings.NextLabel, settings.CheckAnswers, settings.ManualApproval, settings.StoreIpAddress));
        Assert.Equal(pick is null ? null : Guid.Parse(pick.GetAttribute("value")!), settings.GoToPageOnSubmit);
    }
}
