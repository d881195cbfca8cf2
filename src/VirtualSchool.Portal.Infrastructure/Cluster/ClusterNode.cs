namespace VirtualSchool.Portal.Infrastructure.Cluster;

/// <summary>This process among the nodes sharing the database: its instructions are not applied to itself twice.</summary>
public sealed class ClusterNode
{
    /// <summary>Machine, process and a random part (two hosts in one process are two nodes); at most 64 characters.</summary>
    public string Id { get; } = Shorten($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Shorten(string id) => id.Length <= 64 ? id : id[^64..];
}
