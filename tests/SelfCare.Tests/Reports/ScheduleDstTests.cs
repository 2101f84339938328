using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Tenancy;
using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>
/// A daily 08:00 schedule in two tenants' zones (New York, Denver), swept every half hour of a controlled clock across the
/// November 1 fall-back change: each fires once per day, at 08:00 local before and after the change.
/// </summary>
public sealed class ScheduleDstTests(ClockedPortal portal) : IClassFixture<ClockedPortal>
{
    private async Task<Guid> AddScheduleAsync(string tenantId, string admin, string definition = SampleAccountsReport.ReportId)
    {
        await ReportsKit.EnableSampleReportsAsync(portal, tenantId, admin);
        var owner = await ReportsKit.UserIdAsync(portal, admin, tenantId);
        await using var scope = ReportsKit.Scope(portal, tenantId);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(scope.ServiceProvider.GetRequiredService<ITenantContext>().Current.TimeZone);
        var db = scope.ServiceProvider.GetRequiredService<ReportsDbContext>();
        var schedule = new ReportSchedule
        {
            Id = Guid.NewGuid(), OwnerUserId = owner, OwnerEmail = admin, Name = "Daily 8am", DefinitionId = definition,
            ParametersJson = new SavedParameters("yesterday", null, []).ToJson(), Format = ReportFormat.Csv, Frequency = ScheduleFrequency.Daily,
            TimeOfDayMinutes = 8 * 60, CreatedAt = portal.Clock.GetUtcNow().UtcDateTime,
            Recipients = [new ScheduleRecipient { Id = Guid.NewGuid(), Address = $"dst-{tenantId}@example.org" }],
        };
        schedule.NextRunAt = ScheduleCalendar.Next(schedule, portal.Clock.GetUtcNow().UtcDateTime, zone);
        db.Schedules.Add(schedule);
        await db.SaveChangesAsync();
        return schedule.Id;
    }

    /// <summary>
    /// The tests sweep by hand at the hand-moved clock's times; Quartz's own minutely firing of the sweep would read the same
    /// clock at a moment of its choosing and add a run between two of them, so the scheduler stands by.
    /// </summary>
    private async Task HandSweepsOnlyAsync() =>
        await (await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Standby();

    private async Task SweepAsync(string tenantId)
    {
        await using var scope = ReportsKit.Scope(portal, tenantId);
        await scope.ServiceProvider.GetRequiredService<ReportsSweepJob>().ExecuteAsync(
            new TenantJobContext(tenantId, ReportsSweepJob.Name, portal.Clock.GetUtcNow(), null, new Dictionary<string, string>()), CancellationToken.None);
    }

    private async Task<List<string>> PeriodsAsync(string tenantId, Guid id)
    {
        await using var scope = ReportsKit.Scope(portal, tenantId);
        return await scope.ServiceProvider.GetRequiredService<ReportsDbContext>().Runs.AsNoTracking()
            .Where(r => r.ScheduleId == id && r.Status == ScheduleRunStatus.Succeeded).OrderBy(r => r.Period).Select(r => r.Period).ToListAsync();
    }

    [Fact]
    public async Task Daily_0800_fires_once_a_day_at_0800_local_across_the_fall_change_in_two_zones()
    {
        await HandSweepsOnlyAsync();
        portal.Clock.Set(new DateTimeOffset(2026, 10, 30, 0, 0, 0, TimeSpan.Zero));
        var newYork = await AddScheduleAsync("accelecom", Demo.AccelecomAdmin);
        var denver = await AddScheduleAsync("calltower", "admin@calltower.example");
        for (var t = new DateTimeOffset(2026, 10, 30, 0, 0, 0, TimeSpan.Zero); t <= new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero); t += TimeSpan.FromMinutes(30))
        {
            portal.Clock.Set(t);
            await SweepAsync("accelecom");
            await SweepAsync("calltower");
            await SweepAsync("accelecom"); // a second firing in the same half hour delivers nothing more
        }
        Assert.Equal(["2026-10-30T12:00Z", "2026-10-31T12:00Z", "2026-11-01T13:00Z", "2026-11-02T13:00Z"], await PeriodsAsync("accelecom", newYork));
        Assert.Equal(["2026-10-30T14:00Z", "2026-10-31T14:00Z", "2026-11-01T15:00Z", "2026-11-02T15:00Z"], await PeriodsAsync("calltower", denver));
        Assert.Equal(4, (await ReportsKit.MailAsync(portal, "dst-accelecom@example.org", "scheduled-report")).Count);
        Assert.Equal(4, (await ReportsKit.MailAsync(portal, "dst-calltower@example.org", "scheduled-report", "calltower")).Count);
    }

    [Fact]
    public async Task A_failing_run_is_retried_then_its_owner_is_told_and_the_schedule_moves_on()
    {
        await HandSweepsOnlyAsync();
        portal.Clock.Set(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var id = await AddScheduleAsync("accelecom", Demo.AccelecomAdmin, "no.such-report");
        foreach (var (hour, minute) in new[] { (13, 0), (13, 2), (13, 5), (13, 12), (13, 15) })
        {
            portal.Clock.Set(new DateTimeOffset(2026, 12, 1, hour, minute, 0, TimeSpan.Zero));
            await SweepAsync("accelecom");
        }
        await using var scope = ReportsKit.Scope(portal);
        var db = scope.ServiceProvider.GetRequiredService<ReportsDbContext>();
        var runs = await db.Runs.AsNoTracking().Where(r => r.ScheduleId == id).ToListAsync();
        Assert.Equal(3, runs.Count); // 13:00, retry at 13:05 (5 min), retry at 13:15 (10 min); 13:02 and 13:12 waited
        Assert.All(runs, r => Assert.Equal(ScheduleRunStatus.Failed, r.Status));
        Assert.All(runs, r => Assert.Equal("This report is no longer offered.", r.Error));
        var told = Assert.Single(await ReportsKit.MailAsync(portal, Demo.AccelecomAdmin, "scheduled-report-failed"));
        Assert.Contains("failed 3 times", told.TextBody);
        var schedule = await db.Schedules.AsNoTracking().SingleAsync(s => s.Id == id);
        Assert.Equal(new DateTime(2026, 12, 2, 13, 0, 0), DateTime.SpecifyKind(schedule.NextRunAt, DateTimeKind.Unspecified));
        Assert.Null(schedule.RetryAt);
    }
}
