using System.Text;
using VirtualSchool.Portal.Core.Media;

namespace VirtualSchool.Portal.Core.Tests.Media;

[Trait("Category", "Unit")]
public sealed class UploadRulesTests
{
    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\x\\y.pdf", "y.pdf")]
    [InlineData("..\\a.pdf", "a.pdf")]
    [InlineData("re\0port\r\n.pdf", "report.pdf")]
    [InlineData("CON.pdf", "con-file.pdf")]
    [InlineData("nul.backup.pdf", "nul-file.backup.pdf")]
    [InlineData("Lpt1.PNG", "lpt1-file.png")]
    [InlineData("Annual Report 2024.PDF", "annual-report-2024.pdf")]
    [InlineData(".hidden.pdf", "hidden.pdf")]
    [InlineData("....pdf", "file.pdf")]
    [InlineData("a..b.pdf", "a.b.pdf")]
    [InlineData("Éves jelentés – 2024.docx", "eves-jelentes-2024.docx")]
    [InlineData("  spaced   out  .txt  ", "spaced-out.txt")]
    [InlineData("<script>alert(1)</script>.txt", "script.txt")]
    [InlineData("<b>alert(1)<b>.txt", "b-alert-1-b.txt")]
    [InlineData("invoice\u202Efdp.exe", "invoice-fdp.exe")]
    [InlineData("照片.jpg", "file.jpg")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    [InlineData("/", "file")]
    public void A_file_name_is_made_safe_for_urls_and_file_systems(string? fileName, string expected) =>
        Assert.Equal(expected, UploadRules.SafeFileName(fileName));

    [Fact]
    public void A_long_file_name_is_cut_to_100_characters_and_keeps_its_extension()
    {
        var safe = UploadRules.SafeFileName(new string('a', 300) + ".pptx");

        Assert.Equal(100, safe.Length);
        Assert.EndsWith(".pptx", safe, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.PDF", "pdf")]
    [InlineData("C:\\docs\\archive.tar.gz", "gz")]
    [InlineData("report.pdf. ", "pdf")]
    [InlineData("README", null)]
    [InlineData(".pdf", null)]
    [InlineData("folder.pdf/", null)]
    [InlineData(null, null)]
    public void The_extension_comes_from_the_last_segment_of_the_name(string? fileName, string? expected) =>
        Assert.Equal(expected, UploadRules.ExtensionOf(fileName));

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("letter.DOCX")]
    [InlineData("budget.xlsx")]
    [InlineData("slides.pptx")]
    [InlineData("minutes.odt")]
    [InlineData("pupils.csv")]
    [InlineData("notes.txt")]
    [InlineData("photo.jpg")]
    [InlineData("photo.jpeg")]
    [InlineData("logo.png")]
    [InlineData("spinner.gif")]
    [InlineData("banner.webp")]
    public void Every_allowed_extension_passes_the_name_check(string fileName) =>
        Assert.Equal(UploadStatus.Accepted, UploadRules.CheckName(fileName).Status);

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("logo.svg")]
    [InlineData("page.html")]
    [InlineData("page.htm")]
    [InlineData("script.js")]
    [InlineData("macro.docm")]
    [InlineData("shell.php")]
    [InlineData("photo.jpg.exe")]
    [InlineData("README")]
    [InlineData(".pdf")]
    public void A_name_without_an_allowed_extension_is_refused_with_the_list_of_what_is_allowed(string fileName)
    {
        var check = UploadRules.CheckName(fileName);

        Assert.Equal(UploadStatus.ExtensionNotAllowed, check.Status);
        Assert.Equal("The selected file must be a PDF, Word, Excel, PowerPoint, ODT, CSV, text or image file", check.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("C:\\docs\\")]
    public void A_file_with_no_name_is_refused(string? fileName) =>
        Assert.Equal(UploadStatus.NameNotAllowed, UploadRules.CheckName(fileName).Status);

    [Fact]
    public void Sizes_are_checked_against_the_limit_with_messages_an_editor_can_act_on()
    {
        Assert.Equal(UploadStatus.Accepted, UploadRules.CheckSize(UploadRules.DefaultMaxBytes, UploadRules.DefaultMaxBytes).Status);

        var tooLarge = UploadRules.CheckSize(UploadRules.DefaultMaxBytes + 1, UploadRules.DefaultMaxBytes);
        Assert.Equal(UploadStatus.TooLarge, tooLarge.Status);
        Assert.Equal("The selected file must be smaller than 20 MB", tooLarge.Message);

        var empty = UploadRules.CheckSize(0, UploadRules.DefaultMaxBytes);
        Assert.Equal(UploadStatus.EmptyFile, empty.Status);
        Assert.Equal("The selected file is empty", empty.Message);
    }

    [Theory]
    [InlineData("pdf", "Pdf")]
    [InlineData("docx", "Docx")]
    [InlineData("xlsx", "Xlsx")]
    [InlineData("pptx", "Pptx")]
    [InlineData("odt", "Odt")]
    [InlineData("csv", "Csv")]
    [InlineData("txt", "Text")]
    [InlineData("txt", "Utf16Text")]
    [InlineData("jpg", "Jpeg")]
    [InlineData("jpeg", "Jpeg")]
    [InlineData("png", "Png")]
    [InlineData("gif", "Gif")]
    [InlineData("webp", "WebP")]
    public void Leading_bytes_that_match_the_extension_are_accepted(string extension, string sample)
    {
        var bytes = SampleFiles.Named(sample);

        Assert.Equal(UploadStatus.Accepted, UploadRules.CheckContent(extension, bytes, wholeFile: true).Status);
    }

    [Theory]
    [InlineData("pdf", "Docx")]
    [InlineData("png", "PlainText")]
    [InlineData("png", "Jpeg")]
    [InlineData("jpg", "Png")]
    [InlineData("gif", "Png")]
    [InlineData("webp", "Wave")]
    [InlineData("docx", "Pdf")]
    [InlineData("txt", "TextWithNul")]
    [InlineData("txt", "Exe")]
    [InlineData("csv", "Latin1")]
    [InlineData("txt", "Png")]
    public void Leading_bytes_that_do_not_match_the_extension_are_refused(string extension, string sample)
    {
        var check = UploadRules.CheckContent(extension, SampleFiles.Named(sample), wholeFile: true);

        Assert.Equal(UploadStatus.ContentDoesNotMatchExtension, check.Status);
        Assert.Equal($"The selected file's contents do not match its .{extension} extension", check.Message);
    }

    [Fact]
    public void Text_cut_part_way_through_a_character_at_the_end_of_the_head_is_still_text()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', UploadRules.HeadLength - 1) + "é");
        var head = bytes.AsSpan(0, UploadRules.HeadLength);

        Assert.Equal(UploadStatus.Accepted, UploadRules.CheckContent("txt", head, wholeFile: false).Status);
        Assert.Equal(UploadStatus.ContentDoesNotMatchExtension, UploadRules.CheckContent("txt", head, wholeFile: true).Status);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_not_taken_for_text()
    {
        var bytes = Encoding.Unicode.GetBytes("Pupil premium plus");

        Assert.Equal(UploadStatus.ContentDoesNotMatchExtension, UploadRules.CheckContent("txt", bytes, wholeFile: true).Status);
    }

    [Fact]
    public void Office_and_OpenDocument_formats_say_which_entry_their_zip_must_hold()
    {
        Assert.Equal("word/document.xml", UploadRules.PackageRule("docx")?.Entry);
        Assert.Equal("xl/workbook.xml", UploadRules.PackageRule("xlsx")?.Entry);
        Assert.Equal("ppt/presentation.xml", UploadRules.PackageRule("pptx")?.Entry);
        Assert.Equal(new ZipPackageRule("mimetype", "application/vnd.oasis.opendocument.text"), UploadRules.PackageRule("odt"));
        Assert.Null(UploadRules.PackageRule("pdf"));
    }

    [Fact]
    public void All_the_checks_together_stop_at_the_first_failure()
    {
        Assert.Equal(UploadStatus.ExtensionNotAllowed, UploadRules.Check("x.exe", 0, [], 100).Status);
        Assert.Equal(UploadStatus.EmptyFile, UploadRules.Check("x.pdf", 0, [], 100).Status);
        Assert.Equal(UploadStatus.TooLarge, UploadRules.Check("x.pdf", 101, SampleFiles.Pdf, 100).Status);
        Assert.Equal(UploadStatus.ContentDoesNotMatchExtension, UploadRules.Check("x.pdf", SampleFiles.Png.Length, SampleFiles.Png, 1000).Status);
        Assert.Equal(UploadStatus.Accepted, UploadRules.Check("x.pdf", SampleFiles.Pdf.Length, SampleFiles.Pdf, 1000).Status);
    }

    [Theory]
    [InlineData("pdf", "PDF")]
    [InlineData("DOCX", "Word")]
    [InlineData("webp", "WebP")]
    [InlineData("exe", null)]
    [InlineData(null, null)]
    public void Each_format_has_a_name_to_show_beside_the_item(string? extension, string? expected) =>
        Assert.Equal(expected, UploadRules.FormatName(extension));
}
