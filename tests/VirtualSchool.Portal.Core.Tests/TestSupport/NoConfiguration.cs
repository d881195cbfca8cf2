using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace VirtualSchool.Portal.Core.Tests.TestSupport;

/// <summary>
/// A configuration with no keys, so the portal takes its defaults (SQLite in the data folder). Only the
/// abstractions package is referenced here; the configuration builder is not, and nothing more is needed.
/// </summary>
public sealed class NoConfiguration : IConfigurationSection
{
    public string? this[string key]
    {
        get => null;
        set => throw new NotSupportedException();
    }

    public string Key => "";

    public string Path => "";

    public string? Value
    {
        get => null;
        set => throw new NotSupportedException();
    }

    public IConfigurationSection GetSection(string key) => this;

    public IEnumerable<IConfigurationSection> GetChildren() => [];

    public IChangeToken GetReloadToken() => new CancellationChangeToken(CancellationToken.None);
}
