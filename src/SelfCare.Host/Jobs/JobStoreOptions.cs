using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Jobs;

/// <summary>The "SelfCare:Jobs" section: where Quartz keeps the schedule of every tenant.</summary>
internal sealed class JobStoreOptions
{
    public const string Section = "SelfCare:Jobs";

    /// <summary>Sqlite: a file under the data folder (embedded default). Postgres: a clustered store shared by all nodes.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL connection string of the job store database (Provider = Postgres).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Worker threads per node.</summary>
    public int MaxConcurrency { get; set; } = 4;
}
