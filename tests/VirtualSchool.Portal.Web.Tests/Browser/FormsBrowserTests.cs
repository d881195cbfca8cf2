using Microsoft.Playwright;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Tests.Forms.Public;
using static VirtualSchool.Portal.Web.Tests.Forms.Public.FormTestSite;

namespace VirtualSchool.Portal.Web.Tests.Browser;

/// <summary>The browser fixture on a portal whose forms' rate limit no test reaches.</summary>
public sealed class FormsBrowserFixture : BrowserFixture
{
    public FormsBrowserFixture()
        : base(new FormsFactory())
    {
    }
}

/// <summary>A form with a condition, filled in in Chromium with JavaScript (and the site's CSP: no inline script).</summary>
[Trait("Category", "Browser")]
public sealed class FormsBrowserTests(FormsBrowserFixture fixture) : IClassFixture<FormsBrowserFixture>
{
    [BrowserFact]
    public async Task A_conditional_field_appears_as_soon_as_its_condition_matches_and_the_form_is_sent()
    {
        var form = await SaveFormAsync(fixture.Portal, "Advice", f =>
        {
            var route = Field("route", FieldTypeIds.SingleChoice, "How did the child leave care?", mandatory: true);
            route.PreValues = [.. Choices("adoption", "guardianship", "other")];
            var other = Field("otherRoute", FieldTypeIds.ShortAnswer, "How, then?", mandatory: true);
            other.Condition = new FormCondition { ActionType = ConditionAction.Show, LogicType = ConditionLogic.All, Rules = [new() { Field = route.Key, Operator = ConditionOperator.Is, Value = "other" }] };
            f.Pages.Add(new FormPage { Caption = "How the child left care", Fieldsets = [new FormFieldset { Fields = [route, other] }] });
            f.Settings.CheckAnswers = false;
            f.Settings.MessageOnSubmit = "Thank you for asking";
        });
        var placed = await PlaceAsync(fixture.Portal, form.Key);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync(fixture.BaseUrl + placed.Route);
        await Assertions.Expect(page.Locator("#field-otherRoute")).ToBeHiddenAsync();

        await page.CheckAsync("#field-route-3");
        await Assertions.Expect(page.Locator("#field-otherRoute")).ToBeVisibleAsync();
        await page.CheckAsync("#field-route");
        await Assertions.Expect(page.Locator("#field-otherRoute")).ToBeHiddenAsync();
        await page.CheckAsync("#field-route-3");
        await page.FillAsync("#field-otherRoute", "A residence order");
        await page.Locator("form.app-form button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-panel--confirmation")).ToContainTextAsync("Thank you for asking");
        Assert.Empty(errors);
        await context.CloseAsync();
    }
}

/// <summary>The forms' pages in Chromium: axe-core's WCAG 2.2 AA checks along a multi-page journey.</summary>
[Trait("Category", "Browser")]
public sealed class FormsAccessibilityTests(FormsBrowserFixture fixture) : IClassFixture<FormsBrowserFixture>
{
    [BrowserFact]
    public async Task Every_page_of_a_multi_page_form_passes_axe_core_WCAG_2_2_AA_checks()
    {
        var form = await SaveFormAsync(fixture.Portal, "Advice", AdviceForm.Design);
        var placed = await PlaceAsync(fixture.Portal, form.Key);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        await page.GotoAsync(fixture.BaseUrl + placed.Route);
        failures.AddRange(await Axe.CheckAsync(page));
        await page.Locator("form.app-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");
        failures.AddRange(await Axe.CheckAsync(page));

        await page.FillAsync("#field-name", "Ada");
        await page.FillAsync("#field-email", "ada@example.org");
        await page.CheckAsync("#field-route");
        await page.Locator("form.app-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#field-adopted-day");
        failures.AddRange(await Axe.CheckAsync(page));
        await page.FillAsync("#field-adopted-day", "1");
        await page.FillAsync("#field-adopted-month", "2");
        await page.FillAsync("#field-adopted-year", "2020");
        await page.Locator("form.app-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#field-details");
        failures.AddRange(await Axe.CheckAsync(page));
        await page.FillAsync("#field-details", "Help at school");
        await Assertions.Expect(page.Locator("#field-school")).ToBeVisibleAsync();
        await page.FillAsync("#field-school", "Oak Primary");
        await page.CheckAsync("#field-consent");
        await page.Locator("form.app-form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".govuk-summary-list");
        failures.AddRange(await Axe.CheckAsync(page));
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync(".govuk-panel--confirmation");
        failures.AddRange(await Axe.CheckAsync(page));
        await context.CloseAsync();

        Assert.Empty(failures);
    }
}
