namespace SelfCare.Reports.Schedules;

/// <summary>Creates schedules outside a request (demo seeding); trusted callers only, no scope check.</summary>
public interface IReportScheduleProvisioning
{
    Task<Guid> CreateAsync(NewReportSchedule schedule, CancellationToken cancellationToken);
}
