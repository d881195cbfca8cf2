using System.ComponentModel.DataAnnotations;

namespace VirtualSchool.Portal.Infrastructure;

public sealed class USyncOptions
{
    [Required]
    public string Folder { get; set; } = "uSync";

    public USyncImportMode ImportOnStart { get; set; } = USyncImportMode.FirstBoot;
}
