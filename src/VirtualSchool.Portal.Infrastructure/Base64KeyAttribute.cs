using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure;

/// <summary>A setting that, when given, must be base64 of at least this many bytes.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class Base64KeyAttribute(int minimumBytes) : ValidationAttribute
{
    public int MinimumBytes { get; } = minimumBytes;

    public override bool IsValid(object? value)
    {
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) && written >= MinimumBytes;
    }
}
