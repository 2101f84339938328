namespace SelfCare.Host.Jobs;

/// <summary>Keys of the Quartz job data that carries a tenant job: the tenant id travels with every firing.</summary>
internal static class JobData
{
    public const string Tenant = "tenant";
    public const string Job = "job";
    public const string Key = "key";

    /// <summary>Prefix of the job's own data entries.</summary>
    public const string DataPrefix = "data:";
}
