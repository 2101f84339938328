using Quartz;
using SelfCare.Platform.Data;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Jobs;

internal static class JobsServices
{
    /// <summary>Quartz in the host with a persistent store: SQLite by default, clustered PostgreSQL in production.</summary>
    public static IServiceCollection AddSelfCareJobs(this IServiceCollection services, IConfiguration configuration, string dataRoot)
    {
        var section = configuration.GetSection(JobStoreOptions.Section);
        services.Configure<JobStoreOptions>(section);
        var options = section.Get<JobStoreOptions>() ?? new JobStoreOptions();

        services.AddQuartz(q =>
        {
            // Another node's new trigger is noticed within this wait even if no signal reaches this node.
            q.ConfigureScheduler(o => o.IdleWaitTime = TimeSpan.FromSeconds(5));
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = options.MaxConcurrency);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                if (options.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(options.ConnectionString);
                    // Nodes share the schedule; a dead node's jobs move to another after the check-in threshold.
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(5);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                    });
                }
                else
                {
                    store.UseSqlite($"Data Source={Path.Combine(dataRoot, "jobs.db")}");
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        services.AddTransient<TenantJobRunner>();
        services.AddSingleton<JobTypeRegistry>();
        services.AddSingleton<RecurringJobSync>();
        services.AddSingleton<ScheduledJobQuery>();
        services.AddScoped<ITenantJobScheduler, TenantJobScheduler>();
        services.AddScoped<IJobRunLedger, JobRunLedger>();
        services.AddTenantDbContext<JobsDbContext>();
        services.AddSingleton(JobsDbContext.Schema);
        return services;
    }
}
