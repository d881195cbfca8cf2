namespace VirtualSchool.Portal.Infrastructure;

public enum USyncImportMode
{
    /// <summary>Import only when the database holds no content yet (first boot).</summary>
    FirstBoot,
    /// <summary>Import at every start; unchanged items stay unchanged.</summary>
    Always,
    Never,
}
