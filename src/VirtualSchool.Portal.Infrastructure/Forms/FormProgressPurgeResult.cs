using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Portal.Infrastructure.Persistence;

namespace VirtualSchool.Portal.Infrastructure.Forms;

/// <summary>What one pass of the progress purge erased.</summary>
public sealed record FormProgressPurgeResult(int Progress, int Files)
{
    public override string ToString() => $"{Progress} expired progress, {Files} upload files";
}
