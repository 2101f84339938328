namespace SelfCare.Platform.Jobs;

/// <summary>A registered tenant job type; only these can be scheduled or run.</summary>
public sealed record TenantJobType(Type Type)
{
    public string Name => Type.FullName!;
}
