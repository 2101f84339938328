namespace SelfCare.Platform.Tenancy;

/// <summary>Where a database lives (a tenant's own, or the host registry). The connection string is a secret: never show or log it.</summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString);
