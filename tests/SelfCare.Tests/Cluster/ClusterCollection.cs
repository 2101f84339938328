namespace SelfCare.Tests.Cluster;

/// <summary>The cluster and fault tests start host processes: one at a time, so two clusters never share the two cores.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection
{
    public const string Name = "Cluster";
}
