using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Infrastructure.USync;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms.USync;

/// <summary>A form exported from Umbraco Forms by uSync.Forms imports, with Umbraco's JSON names understood.</summary>
[Trait("Category", "Integration")]
public sealed class UmbracoFormsImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_Umbraco_Forms_file_imports_with_its_columns_flattened_and_its_names_understood()
    {
        var (key, age, reason, workflow) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        using var folder = new TestFolder();
        var forms = Directory.CreateDirectory(Path.Combine(folder.Path, "v17", "Forms")).FullName;
        await File.WriteAllTextAsync(Path.Combine(forms, "umbraco-contact.config"), UmbracoFormsFile.Contact(key, age, reason, workflow));
        var importer = factory.Services.GetRequiredService<USyncImporter>();

        var first = await importer.ImportAsync(folder.Path);
        var second = await importer.ImportAsync(folder.Path);

        Assert.Empty(first.Failures);
        Assert.Equal(USyncChange.Created, Assert.Single(first.Items).Change);
        Assert.Equal(USyncChange.Unchanged, Assert.Single(second.Items).Change);
        var form = (await factory.Services.GetRequiredService<FormStore>().GetAsync(key))!;
        Assert.Equal("Umbraco contact", form.Name);
        Assert.Equal(("Submit", "Previous", false), (form.Settings.SubmitLabel, form.Settings.PreviousLabel, form.Settings.ManualApproval));
        Assert.Null(form.Settings.GoToPageOnSubmit);
        var fieldset = Assert.Single(Assert.Single(form.Pages).Fieldsets);
        Assert.Equal("About you", fieldset.Caption);
        Assert.Equal([age, reason], fieldset.Fields.Select(f => f.Key));
        var ageField = fieldset.Fields[0];
        Assert.True(ageField.Mandatory);
        Assert.True(ageField.Sensitive);
        Assert.Equal(("^[0-9]+$", "Enter your age in years", "In years"), (ageField.Pattern, ageField.PatternInvalidErrorMessage, ageField.HelpText));
        Assert.Equal("3", ageField.Setting("maximumLength"));
        Assert.Equal("True", ageField.Setting("ShowLabel"));
        Assert.Null(ageField.Condition);
        var reasonField = fieldset.Fields[1];
        Assert.Equal(["Work", "Study"], reasonField.PreValues.Select(p => p.Value));
        Assert.Equal("", reasonField.Pattern);
        var rule = Assert.Single(reasonField.Condition!.Rules);
        Assert.Equal((age, ConditionOperator.GreaterThan, "17"), (rule.Field, rule.Operator, rule.Value));
        var email = Assert.Single(form.Workflows);
        Assert.Equal((workflow, WorkflowTypeIds.SendEmail, true, false), (email.Key, email.WorkflowTypeId, email.Active, email.IncludeSensitiveData));
        Assert.Equal("team@example.org", email.Setting("Email"));
    }

    [Fact]
    public void The_file_json_reads_LessThen_and_Pascal_case_names_and_writes_one_column_of_width_12()
    {
        var field = Guid.NewGuid();
        var json = $$"""
            { "Key": "{{Guid.NewGuid()}}", "Name": "Pascal", "Pages": [ { "FieldSets": [ { "Fields": [
              { "Id": "{{field}}", "Alias": "n", "FieldTypeId": "{{FieldTypeIds.ShortAnswer}}", "Required": true,
                "Condition": { "ActionType": "Hide", "LogicType": "Any", "Rules": [ { "Field": "{{field}}", "Operator": "LessThen", "Value": 3 } ] } } ] } ] } ] }
            """;

        var form = USyncFormJson.Read(json);
        var written = USyncFormJson.Write(form);

        var read = Assert.Single(form.AllFields);
        Assert.True(read.Mandatory);
        Assert.Equal(ConditionAction.Hide, read.Condition!.ActionType);
        Assert.Equal((ConditionOperator.LessThan, "3"), (read.Condition.Rules[0].Operator, read.Condition.Rules[0].Value));
        Assert.Contains("\"containers\": [", written, StringComparison.Ordinal);
        Assert.Contains("\"width\": 12", written, StringComparison.Ordinal);
        Assert.DoesNotContain("allFields", written, StringComparison.Ordinal);
        Assert.Equal(written, USyncFormJson.Write(USyncFormJson.Read(written)));
    }
}
