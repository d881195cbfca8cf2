using Microsoft.Extensions.DependencyInjection;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Infrastructure.Forms;
using VirtualSchool.Portal.Web.Tests.Infrastructure;

namespace VirtualSchool.Portal.Web.Tests.Forms;

/// <summary>Forms are kept with their versions, copied with their conditions, and never saved over someone else's change.</summary>
[Trait("Category", "Integration")]
public sealed class FormStoreTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private FormStore Store => factory.Services.GetRequiredService<FormStore>();

    [Fact]
    public async Task Saving_raises_the_version_and_keeps_the_old_design_for_older_entries()
    {
        var form = await Store.CreateAsync("Contact us", null, "editor@example.org");
        var edit = (await Store.GetForEditAsync(form.Key))!;
        edit.Pages[0].Fieldsets[0].Fields.Add(new FormField { Alias = "name", Caption = "Your name", FieldTypeId = FieldTypeIds.ShortAnswer });

        Assert.Equal(FormSaveStatus.Saved, await Store.SaveAsync(edit, "editor@example.org"));

        var current = (await Store.GetAsync(form.Key))!;
        Assert.Equal(2, current.Version);
        Assert.Equal("Your name", Assert.Single(current.AllFields).Caption);
        Assert.Empty((await Store.GetVersionAsync(form.Key, 1))!.AllFields);
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_is_refused_and_changes_nothing()
    {
        var form = await Store.CreateAsync("Request Pupil Premium Plus", null, null);
        var first = (await Store.GetForEditAsync(form.Key))!;
        var second = (await Store.GetForEditAsync(form.Key))!;
        first.Name = "Request PP+";
        second.Name = "Pupil Premium Plus request";

        Assert.Equal(FormSaveStatus.Saved, await Store.SaveAsync(first, null));
        Assert.Equal(FormSaveStatus.Conflict, await Store.SaveAsync(second, null));
        Assert.Equal("Request PP+", (await Store.GetAsync(form.Key))!.Name);
    }

    [Fact]
    public async Task A_copy_has_new_keys_and_its_conditions_follow_them()
    {
        var form = await Store.CreateAsync("Advice", null, null);
        var edit = (await Store.GetForEditAsync(form.Key))!;
        var how = new FormField { Alias = "how", FieldTypeId = FieldTypeIds.SingleChoice };
        var when = new FormField
        {
            Alias = "when",
            FieldTypeId = FieldTypeIds.Date,
            Condition = new FormCondition { Rules = [new FormConditionRule { Field = how.Key, Operator = ConditionOperator.Is, Value = "adoption" }] },
        };
        edit.Pages[0].Fieldsets[0].Fields.AddRange([how, when]);
        await Store.SaveAsync(edit, null);

        var copy = (await Store.CopyAsync(form.Key, null))!;

        Assert.Equal("Copy of Advice", copy.Name);
        var copiedHow = copy.FindField("how")!;
        Assert.NotEqual(how.Key, copiedHow.Key);
        Assert.Equal(copiedHow.Key, copy.FindField("when")!.Condition!.Rules[0].Field);
        Assert.Equal(how.Key, (await Store.GetAsync(form.Key))!.FindField("when")!.Condition!.Rules[0].Field);
    }
}
