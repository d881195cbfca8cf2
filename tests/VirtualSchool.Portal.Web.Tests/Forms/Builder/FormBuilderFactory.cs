using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Forms.Workflows;
using VirtualSchool.Portal.Web.Tests.BackOffice;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.Builder;

/// <summary>The back office's portal with a test workflow type registered, and helpers to drive the builder's pages.</summary>
public sealed class FormBuilderFactory : BackOfficeFactory
{
    public FormStore Store => Services.GetRequiredService<FormStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddFormWorkflowType<TestWorkflowType>());
    }

    /// <summary>A new form made straight in the store, with one short-answer question.</summary>
    public async Task<FormDefinition> FormWithAQuestionAsync(string name)
    {
        var form = await Store.CreateAsync(name, null, "seed@virtualschool.test");
        var edit = (await Store.GetForEditAsync(form.Key))!;
        edit.Pages[0].Fieldsets[0].Fields.Add(new FormField { Alias = "yourName", Caption = "Your name", FieldTypeId = FieldTypeIds.ShortAnswer });
        await Store.SaveAsync(edit, null);
        return (await Store.GetForEditAsync(form.Key))!;
    }

    public static async Task<IHtmlDocument> PageAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == expected, $"{path} answered {response.StatusCode}, not {expected}");
        return await PortalFactory.ParseAsync(response);
    }

    /// <summary>Posts the form on a page whose action starts with <paramref name="action"/>, with changes (selects must be given: the helper reads inputs).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IDictionary<string, string>? changes = null)
    {
        var document = await PageAsync(client, page);
        var form = document.QuerySelectorAll("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posting to {action} on {page}");
        return await HtmlForms.PostAsync(client, form, changes ?? new Dictionary<string, string>());
    }

    public static async Task<string[]> ErrorsAsync(HttpResponseMessage response) =>
        (await PortalFactory.ParseAsync(response)).QuerySelectorAll(".govuk-error-summary__list li").Select(e => e.TextContent.Trim()).ToArray();
}
