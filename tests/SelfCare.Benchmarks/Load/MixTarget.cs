namespace SelfCare.Benchmarks.Load;

/// <summary>One page of the soak mix with the cookie of the tenant's signed-in customer admin.</summary>
internal sealed record MixTarget(string Tenant, string Name, string Url, string Cookie);
