using VirtualSchool.Portal.Core.Content;

namespace VirtualSchool.Portal.Core.Tests.Content;

[Trait("Category", "Unit")]
public sealed class ContentValidatorTests
{
    private static readonly Guid TextBox = Guid.NewGuid();

    private static ContentType TypeWith(params PropertyType[] properties) =>
        new() { Alias = "page", Name = "Page", Properties = [.. properties] };

    private static PropertyType Mandatory(string alias, string name) =>
        new(Guid.NewGuid(), alias, name, TextBox, "Umbraco.TextBox", Mandatory: true);

    private static PropertyType WithPattern(string alias, string name, string pattern) =>
        new(Guid.NewGuid(), alias, name, TextBox, "Umbraco.TextBox", ValidationRegex: pattern);

    private static Dictionary<string, string?> Values(params (string Alias, string? Value)[] values) =>
        values.ToDictionary(v => v.Alias, v => v.Value);

    [Fact]
    public void A_missing_mandatory_property_is_an_error_that_tells_the_editor_what_to_enter()
    {
        var errors = ContentValidator.Validate(TypeWith(Mandatory("pageTitle", "Page title")), Values());

        var error = Assert.Single(errors);
        Assert.Equal("pageTitle", error.Field);
        Assert.Equal("Enter a page title", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData(" [] ")]
    [InlineData("{}")]
    public void A_mandatory_property_with_an_empty_value_is_an_error(string? value)
    {
        var errors = ContentValidator.Validate(TypeWith(Mandatory("pageTitle", "Page title")), Values(("pageTitle", value)));

        Assert.Equal("pageTitle", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("Admissions")]
    [InlineData("[\"a\"]")]
    public void A_mandatory_property_with_a_value_passes(string value) =>
        Assert.Empty(ContentValidator.Validate(TypeWith(Mandatory("pageTitle", "Page title")), Values(("pageTitle", value))));

    [Fact]
    public void A_value_that_does_not_match_the_pattern_is_an_error()
    {
        var type = TypeWith(WithPattern("phone", "Phone", @"^0\d{10}$"));

        var error = Assert.Single(ContentValidator.Validate(type, Values(("phone", "call us"))));

        Assert.Equal("phone", error.Field);
        Assert.Equal("Phone is not in the right format", error.Message);
    }

    [Fact]
    public void A_value_that_matches_the_pattern_passes() =>
        Assert.Empty(ContentValidator.Validate(TypeWith(WithPattern("phone", "Phone", @"^0\d{10}$")), Values(("phone", "01223699999"))));

    [Fact]
    public void An_optional_empty_value_is_not_held_to_the_pattern() =>
        Assert.Empty(ContentValidator.Validate(TypeWith(WithPattern("phone", "Phone", @"^0\d{10}$")), Values(("phone", ""))));

    [Fact]
    public void A_pattern_that_is_not_a_valid_regex_does_not_block_the_content() =>
        Assert.Empty(ContentValidator.Validate(TypeWith(WithPattern("code", "Code", "[unclosed")), Values(("code", "anything"))));

    [Fact]
    public void Every_failing_property_is_reported_not_only_the_first()
    {
        var type = TypeWith(Mandatory("pageTitle", "Page title"), Mandatory("summary", "Summary"), WithPattern("phone", "Phone", @"^\d+$"));

        var errors = ContentValidator.Validate(type, Values(("phone", "x")));

        Assert.Equal(["pageTitle", "summary", "phone"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Property_aliases_are_matched_without_regard_to_case()
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["PAGETITLE"] = "Admissions" };

        Assert.Empty(ContentValidator.Validate(TypeWith(Mandatory("pageTitle", "Page title")), values));
    }
}
