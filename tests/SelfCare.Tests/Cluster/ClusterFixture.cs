namespace SelfCare.Tests.Cluster;

/// <summary>One running cluster for a test class.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    internal LoopbackCluster Cluster { get; private set; } = null!;

    /// <summary>When both nodes answered: jobs fired from here on are the recurring schedule's, not the start-up runs.</summary>
    internal DateTimeOffset ReadyAt { get; private set; }

    public async Task InitializeAsync()
    {
        Cluster = await LoopbackCluster.StartAsync();
        ReadyAt = DateTimeOffset.UtcNow;
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
