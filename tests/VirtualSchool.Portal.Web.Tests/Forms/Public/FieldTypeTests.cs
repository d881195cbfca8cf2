using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.Tests.Forms.Public;

/// <summary>Each field type reads its posted answers and checks them with GOV.UK's messages.</summary>
[Trait("Category", "Unit")]
public sealed class FieldTypeTests
{
    private static FormField Field(string caption, params (string Name, string Value)[] settings) => new()
    {
        Alias = "a",
        Caption = caption,
        Mandatory = true,
        Settings = settings.ToDictionary(s => s.Name, s => s.Value, StringComparer.OrdinalIgnoreCase),
    };

    private static FormCollection Posted(params (string Name, string Value)[] values) =>
        new(values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(v => v.Value)])));

    [Theory]
    [InlineData("29", "2", "2023", "Date of birth must be a real date")]
    [InlineData("", "2", "2023", "Date of birth must include a day")]
    [InlineData("1", "", "", "Date of birth must include a month and year")]
    [InlineData("1", "2", "23", "Year must include 4 numbers")]
    [InlineData("1", "2", "1066", "Date of birth must be between 1900 and 2100")]
    [InlineData("29", "2", "2024", null)]
    public void A_date_is_read_from_three_boxes_and_must_be_real(string day, string month, string year, string? error)
    {
        var type = new DateFieldType();
        var field = Field("Date of birth");

        var values = type.Read(field, Posted(("a-day", day), ("a-month", month), ("a-year", year)), "a");

        Assert.Equal(error, type.Validate(field, values, []));
        if (error is null)
        {
            Assert.Equal(["2024-02-29"], values);
        }
    }

    [Theory]
    [InlineData("email", "name@example", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("email", "name@example.org", null)]
    [InlineData("tel", "call me", "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192")]
    [InlineData("tel", "+44 808 157 0192", null)]
    [InlineData("number", "twelve", "Pupils must be a number")]
    [InlineData("number", "12.5", null)]
    public void A_short_answer_is_checked_by_its_kind(string kind, string answer, string? error) =>
        Assert.Equal(error, new ShortAnswerFieldType().Validate(Field("Pupils", ("FieldType", kind)), [answer], []));

    [Fact]
    public void Consent_must_be_given_when_mandatory_and_choices_must_be_offered_ones()
    {
        var consent = new DataConsentFieldType();
        var field = Field("Sharing your details");
        Assert.Equal("Select to confirm you agree to sharing your details", consent.Validate(field, consent.Read(field, Posted(), "a"), []));
        Assert.Null(consent.Validate(field, consent.Read(field, Posted(("a", "yes")), "a"), []));

        var choices = new[] { new FormPreValue { Value = "a" }, new FormPreValue { Value = "b" } };
        var many = new MultipleChoiceFieldType();
        Assert.Equal(["a", "b"], many.Read(field, Posted(("a", "a"), ("a", "b"), ("a", " ")), "a"));
        Assert.Equal("Select sharing your details from the list", many.Validate(field, ["a", "z"], choices));
    }
}
