namespace SelfCare.Platform.Jobs;

/// <summary>
/// A job that runs for one tenant, in that tenant's DI scope and database (as the system: all accounts).
/// Register the class in DI; schedule it with <see cref="ITenantJobScheduler"/> or declare it as a
/// <see cref="RecurringJob"/> in the module manifest. Quartz may fire it twice (failover is at-least-once):
/// make its effect idempotent, for instance with <see cref="IJobRunLedger"/>.
/// </summary>
public interface ITenantJob
{
    Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken);
}
