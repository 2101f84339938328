using SelfCare.Platform.Tenancy;
using SelfCare.Reports.Data;

namespace SelfCare.Reports.Schedules;

internal sealed class ReportScheduleProvisioning(ReportsDbContext db, ITenantContext tenant, TimeProvider clock) : IReportScheduleProvisioning
{
    public async Task<Guid> CreateAsync(NewReportSchedule s, CancellationToken cancellationToken)
    {
        var schedule = new ReportSchedule
        {
            Id = Guid.NewGuid(), AccountId = s.AccountId, OwnerUserId = s.OwnerUserId, OwnerEmail = s.OwnerEmail, Name = s.Name,
            DefinitionId = s.DefinitionId, ParametersJson = new SavedParameters(s.Range, null, []).ToJson(), Format = s.Format,
            Frequency = s.Frequency, DayOfWeek = s.DayOfWeek, DayOfMonth = s.DayOfMonth, TimeOfDayMinutes = s.Time.Hour * 60 + s.Time.Minute,
            Message = s.Message, CreatedAt = clock.GetUtcNow().UtcDateTime,
            Recipients = [.. s.Recipients.Select(a => new ScheduleRecipient { Id = Guid.NewGuid(), Address = a })],
        };
        schedule.NextRunAt = ScheduleCalendar.Next(schedule, clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById(tenant.Current.TimeZone));
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return schedule.Id;
    }
}
