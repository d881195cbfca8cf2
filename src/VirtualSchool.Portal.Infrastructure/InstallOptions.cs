namespace VirtualSchool.Portal.Infrastructure;

/// <summary>The unattended first administrator, created on first boot when no back-office user exists.</summary>
public sealed class InstallOptions
{
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string AdminName { get; set; } = "Administrator";
}
