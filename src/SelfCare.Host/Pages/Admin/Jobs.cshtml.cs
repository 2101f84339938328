using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Host.Jobs;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Admin;

/// <summary>The tenant's own jobs: next and last runs from the scheduler, outcomes and errors from its database.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class JobsModel(ScheduledJobQuery schedule, JobsDbContext db, ITenantContext tenantContext) : PageModel
{
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    public IReadOnlyList<ScheduledJobRow> Scheduled { get; private set; } = [];
    public IReadOnlyList<JobExecution> Recent { get; private set; } = [];
    public string TimeZone => _zone.Id;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone);
        Scheduled = await schedule.ListAsync(tenant.Id, ct);
        Recent = await db.Executions.AsNoTracking().OrderByDescending(e => e.StartedAtMs).Take(50).ToListAsync(ct);
    }

    public string Local(DateTimeOffset? time) =>
        time is { } t ? TimeZoneInfo.ConvertTime(t, _zone).ToString("yyyy-MM-dd HH:mm:ss") : "—";
}
