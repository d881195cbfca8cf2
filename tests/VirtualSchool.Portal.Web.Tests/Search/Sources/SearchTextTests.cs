using System.Text.Json;
using VirtualSchool.Portal.Core.Content;
using VirtualSchool.Portal.Core.PropertyEditors;
using VirtualSchool.Portal.Web.PropertyEditors;

namespace VirtualSchool.Portal.Web.Tests.Search.Sources;

/// <summary>What each property editor gives search: words without markup, values readers see, and nothing for the rest.</summary>
[Trait("Category", "Unit")]
public sealed class SearchTextTests
{
    private static readonly Guid ElementType = Guid.Parse("9a6e7f0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b");

    private static readonly PropertyEditorCollection Editors = new(new PropertyEditor[]
    {
        new TextBoxEditor(), new TextAreaEditor(), new EmailAddressEditor(), new LabelEditor(), new ColorPickerEditor(),
        new MarkdownEditor(), new RichTextEditor(), new TrueFalseEditor(), new IntegerEditor(), new DecimalEditor(),
        new DateTimeEditor(), new DateOnlyEditor(), new TagsEditor(), new CheckBoxListEditor(), new DropDownEditor(),
        new RadioButtonListEditor(), new MultipleTextstringEditor(), new ContentPickerEditor(), new MultiNodeTreePickerEditor(),
        new MultiUrlPickerEditor(), new UploadFieldEditor(), new BlockListEditor(), new BlockGridEditor(), new SliderEditor(),
    });

    private static string Text(string editorAlias, string value)
    {
        var element = new ContentType
        {
            Key = ElementType,
            Alias = "textBlock",
            IsElement = true,
            Properties = [new PropertyType(Guid.NewGuid(), "heading", "Heading", Guid.NewGuid(), "Umbraco.TextBox"), new PropertyType(Guid.NewGuid(), "body", "Body", Guid.NewGuid(), "Umbraco.RichText")],
        };
        var writer = new SearchTextWriter(Editors, key => key == ElementType ? element : null);
        writer.AddProperty(editorAlias, value);
        return writer.ToString();
    }

    [Theory]
    [InlineData("Umbraco.TextBox", "Pupil Premium Plus", "Pupil Premium Plus")]
    [InlineData("Umbraco.TextArea", "Line one\nline   two", "Line one line two")]
    [InlineData("Umbraco.Tags", "[\"PEP\",\"funding\"]", "PEP\nfunding")]
    [InlineData("Umbraco.CheckBoxList", "[\n  \"Designated teachers\",\n  \"Governors\"\n]", "Designated teachers\nGovernors")]
    [InlineData("Umbraco.DropDown.Flexible", "[\"Statutory\"]", "Statutory")]
    [InlineData("Umbraco.RadioButtonList", "Foster carers, adopters", "Foster carers, adopters")]
    [InlineData("Umbraco.MultipleTextstring", "[\"First line, with a comma\",\"Second\"]", "First line, with a comma\nSecond")]
    [InlineData("Umbraco.MarkdownEditor", "## Claims\n\nSubmit the **PEP** on [time](/peps).", "Claims Submit the PEP on time.")]
    public void Text_editors_give_their_words(string alias, string value, string expected) =>
        Assert.Equal(expected, Text(alias, value));

    [Fact]
    public void Rich_text_gives_its_words_without_markup_scripts_or_entities()
    {
        var text = Text("Umbraco.RichText", "<h2>What it&#39;s for</h2><p>Extra <strong>funding</strong> &amp; support.</p><script>alert('x')</script><style>p{}</style><ul><li>Tuition</li></ul>");

        Assert.Equal("What it's for Extra funding & support. Tuition", text);
    }

    [Fact]
    public void Rich_text_stored_with_blocks_gives_the_markup_and_the_blocks_words()
    {
        var value = JsonSerializer.Serialize(new
        {
            markup = "<p>Intro</p>",
            blocks = new { contentData = new[] { new { contentTypeKey = ElementType, values = new[] { new { alias = "heading", value = "Inside a block" } } } } },
        });

        Assert.Equal("Intro\nInside a block", Text("Umbraco.RichText", value));
    }

    [Fact]
    public void Blocks_give_their_elements_words_through_each_property_editor()
    {
        var value = JsonSerializer.Serialize(new
        {
            layout = new { },
            contentData = new object[]
            {
                new { contentTypeKey = ElementType, values = new object[] { new { alias = "heading", value = "Who may claim" }, new { alias = "body", value = "<p>Schools <em>only</em></p>" } } },
                // Umbraco 14 and later name each value's editor: a date is not words.
                new { contentTypeKey = Guid.NewGuid(), values = new object[] { new { alias = "when", editorAlias = "Umbraco.DateTime", value = "2026-12-02 00:00:00" }, new { alias = "note", editorAlias = "Umbraco.TextArea", value = "Bring the PEP" } } },
            },
            settingsData = new object[] { new { contentTypeKey = ElementType, values = new object[] { new { alias = "heading", value = "settings are not words" } } } },
        });

        Assert.Equal("Who may claim\nSchools only\nBring the PEP", Text("Umbraco.BlockList", value));
        Assert.Equal("Who may claim\nSchools only\nBring the PEP", Text("Umbraco.BlockGrid", value));
    }

    [Theory]
    [InlineData("Umbraco.EmailAddress", "someone@example.org")]
    [InlineData("Umbraco.Label", "4552")]
    [InlineData("Umbraco.ColorPicker", "{\"value\":\"#1d70b8\",\"label\":\"Blue\"}")]
    [InlineData("Umbraco.TrueFalse", "1")]
    [InlineData("Umbraco.Integer", "42")]
    [InlineData("Umbraco.Decimal", "4.5")]
    [InlineData("Umbraco.Slider", "3")]
    [InlineData("Umbraco.DateTime", "2026-12-02 09:00:00")]
    [InlineData("Umbraco.ContentPicker", "umb://document/058b606b9a094adea112b65e90bf7cbc")]
    [InlineData("Umbraco.MultiNodeTreePicker", "umb://document/058b606b9a094adea112b65e90bf7cbc")]
    [InlineData("Umbraco.MultiUrlPicker", "[{\"name\":\"Link\",\"url\":\"https://example.org\"}]")]
    [InlineData("Umbraco.UploadField", "/media/ab12cd34/report.pdf")]
    [InlineData("Some.Unknown.Editor", "anything at all")]
    public void Values_that_are_not_words_give_nothing(string alias, string value) =>
        Assert.Equal("", Text(alias, value));

    [Theory]
    [InlineData(3, "deep")]
    [InlineData(10, "")]
    public void Blocks_nested_too_deep_stop_rather_than_recurse_for_ever(int levels, string expected)
    {
        object value = new { contentData = new[] { new { values = new[] { new { alias = "heading", editorAlias = "Umbraco.TextBox", value = "deep" } } } } };
        for (var i = 1; i < levels; i++)
        {
            value = new { contentData = new[] { new { values = new[] { new { alias = "inner", editorAlias = "Umbraco.BlockList", value } } } } };
        }

        Assert.Equal(expected, Text("Umbraco.BlockList", JsonSerializer.Serialize(value)));
    }
}
