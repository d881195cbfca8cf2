using VirtualSchool.Portal.Core.Forms;
using static VirtualSchool.Portal.Web.Tests.Forms.Public.FormTestSite;

namespace VirtualSchool.Portal.Web.Tests.Forms.Public;

/// <summary>
/// A three-page form like the seeded advice form: about you (with how the child left care), a page shown only for
/// adoption, then the details with a field shown only when the details mention a school, and consent.
/// </summary>
public static class AdviceForm
{
    public static void Design(FormDefinition form)
    {
        var route = Field("route", FieldTypeIds.SingleChoice, "How did the child leave care?", mandatory: true);
        route.PreValues = [.. Choices("adoption", "guardianship", "other")];
        form.Pages.Add(new FormPage
        {
            Caption = "About you",
            Fieldsets = [new FormFieldset { Fields = [
                Field("name", FieldTypeIds.ShortAnswer, "Your name", mandatory: true, ("AutocompleteAttribute", "name")),
                Field("email", FieldTypeIds.ShortAnswer, "Email address", mandatory: true, ("FieldType", "email")),
                route,
            ] }],
        });
        form.Pages.Add(new FormPage
        {
            Caption = "The adoption",
            Condition = new FormCondition { ActionType = ConditionAction.Show, LogicType = ConditionLogic.All, Rules = [new() { Field = route.Key, Operator = ConditionOperator.Is, Value = "adoption" }] },
            Fieldsets = [new FormFieldset { Fields = [Field("adopted", FieldTypeIds.Date, "When was the child adopted?", mandatory: true)] }],
        });
        var details = Field("details", FieldTypeIds.LongAnswer, "What would you like advice about?", mandatory: true, ("MaximumLength", "200"));
        var school = Field("school", FieldTypeIds.ShortAnswer, "Which school?", mandatory: true);
        school.Condition = new FormCondition { ActionType = ConditionAction.Show, LogicType = ConditionLogic.Any, Rules = [new() { Field = details.Key, Operator = ConditionOperator.Contains, Value = "school" }] };
        form.Pages.Add(new FormPage
        {
            Caption = "Your question",
            Fieldsets = [new FormFieldset { Fields = [details, school, Field("consent", FieldTypeIds.DataConsent, "Consent", mandatory: true, ("AcceptCopy", "I agree"))] }],
        });
        form.Settings.CheckAnswers = true;
        form.Settings.ManualApproval = false;
        form.Settings.MessageOnSubmit = "We have your question";
        form.Workflows =
        [
            new FormWorkflow { Key = Guid.NewGuid(), Name = "Email the team", WorkflowTypeId = WorkflowTypeIds.SendEmail, ExecutesOn = FormEntryState.Submitted, Active = true },
            new FormWorkflow { Key = Guid.NewGuid(), Name = "Post on approval", WorkflowTypeId = WorkflowTypeIds.PostToUrl, ExecutesOn = FormEntryState.Approved, Active = true },
            new FormWorkflow { Key = Guid.NewGuid(), Name = "Switched off", WorkflowTypeId = WorkflowTypeIds.SendEmail, ExecutesOn = FormEntryState.Submitted, Active = false },
        ];
    }
}
