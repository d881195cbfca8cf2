using System.Globalization;
using System.Net;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;

namespace VirtualSchool.Portal.Web.Tests.Forms.Builder;

/// <summary>Building a form's design: questions with their settings and choices, conditions, pages, and saving over someone else's change.</summary>
[Trait("Category", "Integration")]
public sealed class FormDesignTests(FormBuilderFactory factory) : IClassFixture<FormBuilderFactory>
{
    private static string V(FormDefinition form) => form.Version.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_single_choice_question_is_added_with_its_choices_and_an_alias_made_from_its_caption()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Advice");
        var set = form.Pages[0].Fieldsets[0].Key;
        var path = $"/umbraco/forms/{form.Key}/fields/new?fieldset={set}&type={FieldTypeIds.SingleChoice}";

        var response = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string>
        {
            ["caption"] = "How did the child leave care?",
            ["mandatory"] = "true",
            ["prevalue-0"] = "adoption", ["precaption-0"] = "Adoption",
            ["prevalue-1"] = "sgo", ["precaption-1"] = "Special guardianship order",
            ["prevalue-2"] = "abroad", ["precaption-2"] = "Adopted from outside England",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var field = (await factory.Store.GetAsync(form.Key))!.FindField("howDidTheChildLeaveCare")!;
        Assert.Equal(FieldTypeIds.SingleChoice, field.FieldTypeId);
        Assert.True(field.Mandatory);
        Assert.Equal(["adoption", "sgo", "abroad"], field.PreValues.Select(p => p.Value));
        Assert.Equal("Adopted from outside England", field.PreValues[2].Caption);
    }

    [Fact]
    public async Task A_pattern_that_does_not_compile_a_taken_alias_and_a_bad_character_limit_are_refused_with_400_and_kept()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Pupil Premium Plus");
        var path = $"/umbraco/forms/{form.Key}/fields/new?fieldset={form.Pages[0].Fieldsets[0].Key}&type={FieldTypeIds.ShortAnswer}";

        var response = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string>
        {
            ["caption"] = "Unique pupil number",
            ["alias"] = "yourName",
            ["pattern"] = "[A-Z",
            ["setting-MaximumLength"] = "thirteen",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Infrastructure.PortalFactory.ParseAsync(response);
        var errors = page.QuerySelectorAll(".govuk-error-summary__list li").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains(errors, e => e.Contains("alias 'yourName'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("pattern", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Character limit", StringComparison.Ordinal));
        Assert.Equal("[A-Z", page.QuerySelector("#pattern")!.GetAttribute("value"));
        Assert.Equal("Unique pupil number", page.QuerySelector("#caption")!.GetAttribute("value"));
        Assert.Single((await factory.Store.GetAsync(form.Key))!.AllFields);
    }

    [Fact]
    public async Task A_question_is_edited_moved_to_another_page_and_its_settings_kept()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Contact");
        await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/{form.Key}", $"/umbraco/forms/{form.Key}/pages/new");
        var twoPages = (await factory.Store.GetAsync(form.Key))!;
        var field = twoPages.FindField("yourName")!;
        var second = twoPages.Pages[1].Fieldsets[0].Key;

        var response = await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/{form.Key}/fields/{field.Key}", $"/umbraco/forms/{form.Key}/fields/{field.Key}", new Dictionary<string, string>
        {
            ["caption"] = "Your full name",
            ["helpText"] = "As on your passport",
            ["setting-MaximumLength"] = "120",
            ["setting-FieldType"] = "text",
            ["sensitive"] = "true",
            ["fieldset"] = second.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await factory.Store.GetAsync(form.Key))!;
        Assert.Empty(saved.Pages[0].Fieldsets[0].Fields);
        var moved = Assert.Single(saved.Pages[1].Fieldsets[0].Fields);
        Assert.Equal(("Your full name", "yourName", "As on your passport", "120", true), (moved.Caption, moved.Alias, moved.HelpText, moved.Setting("MaximumLength"), moved.Sensitive));
    }

    [Fact]
    public async Task A_page_shown_only_for_one_answer_is_saved_and_a_condition_on_its_own_question_is_refused()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Conditions");
        var edit = (await factory.Store.GetForEditAsync(form.Key))!;
        var how = new FormField { Alias = "how", Caption = "How did the child leave care?", FieldTypeId = FieldTypeIds.SingleChoice, PreValues = [new() { Value = "abroad" }] };
        var when = new FormField { Alias = "when", Caption = "When were they adopted?", FieldTypeId = FieldTypeIds.Date };
        edit.Pages[0].Fieldsets[0].Fields.Add(how);
        edit.Pages.Add(new FormPage { Caption = "Adoption abroad", Fieldsets = [new FormFieldset { Fields = [when] }] });
        await factory.Store.SaveAsync(edit, null);
        var page = edit.Pages[1].Key;
        var path = $"/umbraco/forms/{form.Key}/pages/{page}";

        var own = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string>
        {
            ["condition"] = "Show", ["rule-field-0"] = when.Key.ToString(), ["rule-operator-0"] = "Is", ["rule-value-0"] = "x",
        });
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains(await FormBuilderFactory.ErrorsAsync(own), e => e.Contains("cannot depend on its own answers", StringComparison.Ordinal));

        var unknown = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string>
        {
            ["condition"] = "Show", ["rule-field-0"] = Guid.NewGuid().ToString(), ["rule-operator-0"] = "Is",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var saved = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string>
        {
            ["condition"] = "Show", ["logic"] = "Any", ["rule-field-0"] = how.Key.ToString(), ["rule-operator-0"] = "Is", ["rule-value-0"] = "abroad",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var condition = (await factory.Store.GetAsync(form.Key))!.Pages[1].Condition!;
        Assert.Equal((ConditionAction.Show, ConditionLogic.Any), (condition.ActionType, condition.LogicType));
        var rule = Assert.Single(condition.Rules);
        Assert.Equal((how.Key, ConditionOperator.Is, "abroad"), (rule.Field, rule.Operator, rule.Value));

        // Nor can it go onto the page its answer shows, nor be removed while the condition names it.
        var into = await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/{form.Key}/fields/{how.Key}", $"/umbraco/forms/{form.Key}/fields/{how.Key}",
            new Dictionary<string, string> { ["fieldset"] = edit.Pages[1].Fieldsets[0].Key.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, into.StatusCode);
        await FormBuilderFactory.PostAsync(client, $"/umbraco/forms/{form.Key}", $"/umbraco/forms/{form.Key}/fields/{how.Key}/remove");
        Assert.NotNull((await factory.Store.GetAsync(form.Key))!.FindField(how.Key));
    }

    [Fact]
    public async Task Saving_a_screen_read_before_someone_else_saved_is_refused_with_409_and_keeps_what_was_typed()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Conflicts");
        var screen = await FormBuilderFactory.PageAsync(client, $"/umbraco/forms/{form.Key}/settings");
        var other = (await factory.Store.GetForEditAsync(form.Key))!;
        other.Name = "Renamed by a colleague";
        Assert.Equal(FormSaveStatus.Saved, await factory.Store.SaveAsync(other, "colleague@virtualschool.test"));

        var mine = screen.QuerySelector($"form[action='/umbraco/forms/{form.Key}/settings']")!;
        var response = await Infrastructure.HtmlForms.PostAsync(client, mine, new Dictionary<string, string> { ["name"] = "My name for it", ["submitLabel"] = "Send request" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Infrastructure.PortalFactory.ParseAsync(response);
        Assert.StartsWith("Someone else saved this form", page.QuerySelector(".govuk-error-summary__list li")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("My name for it", page.QuerySelector("#name")!.GetAttribute("value"));
        Assert.Equal("Send request", page.QuerySelector("#submitLabel")!.GetAttribute("value"));
        Assert.Equal("Renamed by a colleague", (await factory.Store.GetAsync(form.Key))!.Name);

        // Saving again from that screen takes the colleague's change in.
        var again = await Infrastructure.HtmlForms.PostAsync(client, page.QuerySelector($"form[action='/umbraco/forms/{form.Key}/settings']")!, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("My name for it", (await factory.Store.GetAsync(form.Key))!.Name);
    }

    [Fact]
    public async Task Pages_move_and_an_empty_page_is_removed_but_the_last_page_never()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Pages");
        var root = $"/umbraco/forms/{form.Key}";
        await FormBuilderFactory.PostAsync(client, root, $"{root}/pages/new");
        var two = (await factory.Store.GetAsync(form.Key))!;
        var (first, second) = (two.Pages[0].Key, two.Pages[1].Key);

        await FormBuilderFactory.PostAsync(client, root, $"{root}/pages/{second}/move", new Dictionary<string, string> { ["direction"] = "up" });
        Assert.Equal([second, first], (await factory.Store.GetAsync(form.Key))!.Pages.Select(p => p.Key));

        var bad = await FormBuilderFactory.PostAsync(client, root, $"{root}/pages/{second}/move", new Dictionary<string, string> { ["direction"] = "sideways" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        await FormBuilderFactory.PostAsync(client, root, $"{root}/pages/{second}/remove");
        Assert.Equal([first], (await factory.Store.GetAsync(form.Key))!.Pages.Select(p => p.Key));
    }

    [Fact]
    public async Task Choices_come_from_a_data_type_with_values_or_from_pages_of_a_document_type()
    {
        var client = await factory.SignInAsync(BackOfficeRoles.Editor);
        var form = await factory.FormWithAQuestionAsync("Sources");
        var path = $"/umbraco/forms/{form.Key}/fields/new?fieldset={form.Pages[0].Fieldsets[0].Key}&type={FieldTypeIds.Dropdown}";
        var screen = await FormBuilderFactory.PageAsync(client, path);
        var audiences = Guid.Parse("2d79e859-2fa2-4131-9835-8e7cd078d550");
        Assert.NotNull(screen.QuerySelector($"#dataType option[value='{audiences}']"));

        var none = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string> { ["caption"] = "Who are you?", ["source"] = "DataType", ["dataType"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

        var fromDataType = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string> { ["caption"] = "Who are you?", ["source"] = "DataType", ["dataType"] = audiences.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, fromDataType.StatusCode);
        var fromPages = await FormBuilderFactory.PostAsync(client, path, path, new Dictionary<string, string> { ["caption"] = "Which guidance?", ["source"] = "DocumentType", ["documentType"] = "guidanceItem" });
        Assert.Equal(HttpStatusCode.Redirect, fromPages.StatusCode);

        var saved = (await factory.Store.GetAsync(form.Key))!;
        Assert.Equal((PreValueSourceKind.DataType, audiences), (saved.FindField("whoAreYou")!.PreValueSource!.Kind, saved.FindField("whoAreYou")!.PreValueSource!.DataTypeKey!.Value));
        var pages = saved.FindField("whichGuidance")!.PreValueSource!;
        Assert.Equal((PreValueSourceKind.DocumentType, "guidanceItem", (Guid?)null), (pages.Kind, pages.DocumentTypeAlias, pages.RootKey));
    }
}
