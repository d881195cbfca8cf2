using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.BackOffice.Users;
using VirtualSchool.Portal.Web.Tests.Browser;

namespace VirtualSchool.Portal.Web.Tests.Forms.Builder;

/// <summary>An editor builds the advice form, with a page shown for one answer only, in a real browser.</summary>
[Trait("Category", "Browser")]
public sealed class FormBuilderBrowserTests(BackOfficeBrowserFixture fixture) : IClassFixture<BackOfficeBrowserFixture>
{
    private const string FormName = "Ask for advice about a previously looked-after child";

    [BrowserFact]
    public async Task An_editor_builds_the_two_page_advice_form_with_a_page_shown_only_for_children_adopted_from_outside_England()
    {
        var email = $"editor-{Guid.NewGuid():N}@virtualschool.test";
        await fixture.BackOffice.CreateUserAsync(email, "an editor's long password", BackOfficeRoles.Editor);
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/login?returnUrl=%2Fumbraco%2Fforms");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("an editor's long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco/forms");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create a form", Exact = true }).ClickAsync();
        await page.Locator("#name").FillAsync(FormName);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the form" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(FormName);
        // The seeds have a form of this name too: this one is known by the address it was created at.
        var formPath = new Uri(page.Url).AbsolutePath;

        // Page 1: the single-choice question with its four answers.
        await page.Locator("a[href*='/fields/new']").First.ClickAsync();
        await page.GetByLabel("Single choice", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator("#caption").FillAsync("How did the child leave care?");
        await page.GetByLabel("Mandatory: an answer is needed").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add more choices" }).ClickAsync();
        string[][] choices = [["adoption", "Adoption"], ["sgo", "Special guardianship order"], ["cao", "Child arrangements order"], ["abroad", "Adopted from outside England"]];
        for (var i = 0; i < choices.Length; i++)
        {
            await page.Locator($"#prevalue-{i}").FillAsync(choices[i][0]);
            await page.Locator($"#precaption-{i}").FillAsync(choices[i][1]);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Add the question" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("has been added");

        // Page 2, with its own question, shown only for a child adopted from outside England.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a page" }).ClickAsync();
        await page.Locator("a[href*='/fields/new']").Nth(1).ClickAsync();
        await page.GetByLabel("Date", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator("#caption").FillAsync("When was the child adopted?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the question" }).ClickAsync();
        await page.Locator("section a[href*='/pages/']").Nth(1).ClickAsync();
        await page.Locator("#caption").FillAsync("Adoption from outside England");
        await page.GetByLabel("Show when…").CheckAsync();
        await page.Locator("#rule-field-0").SelectOptionAsync(new SelectOptionValue { Label = "How did the child leave care?" });
        await page.Locator("#rule-operator-0").SelectOptionAsync(new SelectOptionValue { Label = "is" });
        await page.Locator("#rule-value-0").FillAsync("abroad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the page" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The page has been saved");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Show when all of: How did the child leave care? is 'abroad'");

        await page.GotoAsync(fixture.BaseUrl + "/umbraco/forms");
        await Assertions.Expect(page.Locator($"a[href='{formPath}']")).ToHaveTextAsync(FormName);

        var form = (await fixture.Portal.Services.GetRequiredService<FormStore>().GetAsync(Guid.Parse(formPath.Split('/').Last())))!;
        Assert.Equal(2, form.Pages.Count);
        var how = form.FindField("howDidTheChildLeaveCare")!;
        Assert.Equal(["adoption", "sgo", "cao", "abroad"], how.PreValues.Select(p => p.Value));
        var rule = Assert.Single(form.Pages[1].Condition!.Rules);
        Assert.Equal((how.Key, ConditionOperator.Is, "abroad"), (rule.Field, rule.Operator, rule.Value));
        Assert.Equal("whenWasTheChildAdopted", Assert.Single(form.Pages[1].Fieldsets[0].Fields).Alias);
    }

    [BrowserFact]
    public async Task The_builder_screens_and_their_errors_pass_axe_core_WCAG_2_2_AA_checks()
    {
        var store = fixture.Portal.Services.GetRequiredService<FormStore>();
        var created = await store.CreateAsync($"Accessible form {Guid.NewGuid():N}", null, null);
        var form = (await store.GetForEditAsync(created.Key))!;
        var how = new FormField { Alias = "how", Caption = "How did the child leave care?", FieldTypeId = FieldTypeIds.SingleChoice, Mandatory = true, PreValues = [new() { Value = "abroad", Caption = "Adopted from outside England" }] };
        var name = new FormField { Alias = "name", Caption = "Child's name", FieldTypeId = FieldTypeIds.ShortAnswer, Sensitive = true };
        form.Pages[0].Fieldsets[0].Fields.AddRange([how, name]);
        form.Pages.Add(new FormPage { Caption = "Abroad", Condition = new() { Rules = [new() { Field = how.Key, Value = "abroad" }] }, Fieldsets = [new() { Caption = "Adoption" }] });
        await store.SaveAsync(form, null);
        var email = $"editor-{Guid.NewGuid():N}@virtualschool.test";
        await fixture.BackOffice.CreateUserAsync(email, "an editor's long password", BackOfficeRoles.Editor);
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/umbraco/login?returnUrl=%2Fumbraco%2Fforms");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("an editor's long password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.BaseUrl + "/umbraco/forms");

        var failures = new List<string>();
        var root = $"/umbraco/forms/{form.Key}";
        string[] screens =
        [
            "/umbraco/forms", "/umbraco/forms/new", root, $"{root}/settings", $"{root}/permissions", $"{root}/retention",
            $"{root}/fields/{how.Key}", $"{root}/fields/{name.Key}", $"{root}/pages/{form.Pages[1].Key}", $"{root}/fieldsets/{form.Pages[1].Fieldsets[0].Key}",
            $"{root}/fields/new?fieldset={form.Pages[1].Fieldsets[0].Key}", $"{root}/workflows/new?stage=Submitted", $"{root}/delete",
        ];
        foreach (var path in screens)
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            failures.AddRange(await Axe.CheckAsync(page));
        }

        // A question's screen with its errors: the error summary and the messages beside the fields.
        await page.GotoAsync(fixture.BaseUrl + $"{root}/fields/{name.Key}");
        await page.Locator("#caption").FillAsync("");
        await page.Locator("#pattern").FillAsync("[A-Z");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the question" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");
        failures.AddRange(await Axe.CheckAsync(page));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
