using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Core.Forms;
using VirtualSchool.Portal.Core.Media;
using VirtualSchool.Portal.Infrastructure;
using VirtualSchool.Portal.Web.Forms.FieldTypes;

namespace VirtualSchool.Portal.Web.Forms.Rendering;

/// <summary>
/// The media library's checks for a form's upload (an allowed name, <c>Portal:Media:MaxUploadBytes</c>, leading bytes
/// that match the extension, and an Office or OpenDocument file's insides), then the field's own allowed types.
/// </summary>
public sealed class FormUploadCheck(IOptions<PortalOptions> options)
{
    public long MaxBytes => options.Value.Media.MaxUploadBytes;

    /// <summary>The GOV.UK error for the file, or null when it may be kept.</summary>
    public async Task<string?> CheckAsync(FormField field, IFormFile file, CancellationToken cancellationToken)
    {
        var head = new byte[(int)Math.Min(UploadRules.HeadLength, Math.Max(0, file.Length))];
        await using (var stream = file.OpenReadStream())
        {
            var read = 0;
            while (read < head.Length && await stream.ReadAsync(head.AsMemory(read), cancellationToken) is var n and > 0)
            {
                read += n;
            }

            head = head[..read];
        }

        var allowed = FileUploadFieldType.AllowedTypes(field);
        var extension = UploadRules.ExtensionOf(file.FileName);
        if (UploadRules.CheckName(file.FileName).IsAccepted && extension is not null && !allowed.Contains(extension))
        {
            return $"The selected file must be {string.Join(" or ", allowed.Select(a => UploadRules.FormatName(a) ?? a.ToUpperInvariant()).Distinct())}";
        }

        var check = UploadRules.Check(file.FileName, file.Length, head, MaxBytes);
        if (!check.IsAccepted)
        {
            return check.Message;
        }

        return UploadRules.PackageRule(extension!) is { } rule && !await HoldsAsync(file, rule) ? UploadRules.ContentMismatch(extension!).Message : null;
    }

    /// <summary>Whether a zip holds the entry an Office or OpenDocument file of its kind must have.</summary>
    private static async Task<bool> HoldsAsync(IFormFile file, ZipPackageRule rule)
    {
        try
        {
            await using var stream = file.OpenReadStream();
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var entry = zip.GetEntry(rule.Entry);
            if (entry is null || rule.Content is null)
            {
                return entry is not null;
            }

            var expected = Encoding.ASCII.GetBytes(rule.Content);
            var actual = new byte[expected.Length + 1];
            await using var inner = entry.Open();
            var total = 0;
            int read;
            while (total < actual.Length && (read = await inner.ReadAsync(actual.AsMemory(total))) > 0)
            {
                total += read;
            }

            return total == expected.Length && actual.AsSpan(0, total).SequenceEqual(expected);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return false;
        }
    }
}
