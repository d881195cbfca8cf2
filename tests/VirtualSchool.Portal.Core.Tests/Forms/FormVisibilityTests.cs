using VirtualSchool.Portal.Core.Forms;

namespace VirtualSchool.Portal.Core.Tests.Forms;

/// <summary>Conditions decide what a person is asked, and what is kept: a hidden question is never stored.</summary>
[Trait("Category", "Unit")]
public sealed class FormVisibilityTests
{
    private static readonly Guid HowLeft = Guid.NewGuid();
    private static readonly Guid OrderDate = Guid.NewGuid();
    private static readonly Guid Country = Guid.NewGuid();

    private static FormDefinition AdviceForm()
    {
        var howLeft = new FormField { Key = HowLeft, Alias = "howLeft", FieldTypeId = FieldTypeIds.SingleChoice };
        var orderDate = new FormField
        {
            Key = OrderDate,
            Alias = "orderDate",
            FieldTypeId = FieldTypeIds.Date,
            Condition = new FormCondition { Rules = [new FormConditionRule { Field = HowLeft, Operator = ConditionOperator.IsNot, Value = "adopted-abroad" }] },
        };
        var country = new FormField { Key = Country, Alias = "country", FieldTypeId = FieldTypeIds.ShortAnswer };
        return new FormDefinition
        {
            Pages =
            [
                new FormPage { Fieldsets = [new FormFieldset { Fields = [howLeft, orderDate] }] },
                new FormPage
                {
                    Fieldsets = [new FormFieldset { Fields = [country] }],
                    Condition = new FormCondition { Rules = [new FormConditionRule { Field = HowLeft, Operator = ConditionOperator.Is, Value = "adopted-abroad" }] },
                },
            ],
        };
    }

    [Fact]
    public void A_page_shown_only_for_one_answer_is_skipped_for_another_and_its_answers_are_dropped()
    {
        var answers = new Dictionary<Guid, List<string>> { [HowLeft] = ["sgo"], [OrderDate] = ["2024-03-01"], [Country] = ["France"] };

        var visibility = FormVisibility.For(AdviceForm(), answers);

        Assert.Single(visibility.ShownPages);
        var kept = visibility.Visible();
        Assert.Equal(["sgo"], kept[HowLeft]);
        Assert.Equal(["2024-03-01"], kept[OrderDate]);
        Assert.False(kept.ContainsKey(Country));
    }

    [Fact]
    public void Adopted_from_abroad_asks_for_the_country_and_not_the_order_date()
    {
        var answers = new Dictionary<Guid, List<string>> { [HowLeft] = ["Adopted-Abroad"], [OrderDate] = ["2024-03-01"], [Country] = ["France"] };

        var kept = FormVisibility.For(AdviceForm(), answers).Visible();

        Assert.False(kept.ContainsKey(OrderDate));
        Assert.Equal(["France"], kept[Country]);
    }

    [Fact]
    public void A_rule_on_a_hidden_field_sees_an_empty_answer()
    {
        var form = AdviceForm();
        var follow = new FormField
        {
            Alias = "follow",
            FieldTypeId = FieldTypeIds.ShortAnswer,
            Condition = new FormCondition { Rules = [new FormConditionRule { Field = Country, Operator = ConditionOperator.Is, Value = "France" }] },
        };
        form.Pages[0].Fieldsets[0].Fields.Add(follow);
        var answers = new Dictionary<Guid, List<string>> { [HowLeft] = ["sgo"], [Country] = ["France"], [follow.Key] = ["x"] };

        var visibility = FormVisibility.For(form, answers);

        Assert.False(visibility.IsShown(follow));
    }

    [Theory]
    [InlineData(ConditionOperator.GreaterThan, "12", "10", true)]
    [InlineData(ConditionOperator.GreaterThan, "9", "10", false)]
    [InlineData(ConditionOperator.LessThan, "nine", "10", false)]
    [InlineData(ConditionOperator.Before, "2020-01-31", "2020-02-01", true)]
    [InlineData(ConditionOperator.After, "2020-01-31", "2020-02-01", false)]
    [InlineData(ConditionOperator.Contains, "Special Guardianship", "guardian", true)]
    [InlineData(ConditionOperator.NotContains, "Adoption", "guardian", true)]
    [InlineData(ConditionOperator.IsNot, "", "", false)]
    public void Rules_compare_numbers_dates_and_text(ConditionOperator op, string answer, string value, bool expected) =>
        Assert.Equal(expected, FormVisibility.Matches(op, [answer], value));

    [Fact]
    public void Conditions_that_depend_on_each_other_hide_both_rather_than_loop()
    {
        var a = new FormField { Alias = "a", FieldTypeId = FieldTypeIds.ShortAnswer };
        var b = new FormField { Alias = "b", FieldTypeId = FieldTypeIds.ShortAnswer };
        a.Condition = new FormCondition { Rules = [new FormConditionRule { Field = b.Key, Operator = ConditionOperator.Is, Value = "x" }] };
        b.Condition = new FormCondition { Rules = [new FormConditionRule { Field = a.Key, Operator = ConditionOperator.Is, Value = "x" }] };
        var form = new FormDefinition { Pages = [new FormPage { Fieldsets = [new FormFieldset { Fields = [a, b] }] }] };

        var visibility = FormVisibility.For(form, new Dictionary<Guid, List<string>> { [a.Key] = ["x"], [b.Key] = ["x"] });

        Assert.Empty(visibility.Visible());
    }
}
