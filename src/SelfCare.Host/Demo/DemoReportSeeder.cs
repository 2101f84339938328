using Microsoft.AspNetCore.Identity;
using SelfCare.Host.Identity;
using SelfCare.Platform.Tenancy;
using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;

namespace SelfCare.Host.Demo;

/// <summary>
/// Scheduled reports that deliver to demo recipients: each tenant's customer admin schedules a report of a module the tenant
/// has on, to themselves and to an address without a login.
/// </summary>
internal sealed class DemoReportSeeder(IReportScheduleProvisioning schedules, UserManager<PortalUser> users)
{
    private sealed record Demo(string Tenant, string Module, string Owner, string Account, string Name, string Report, string Range,
        ReportFormat Format, ScheduleFrequency Frequency, int? DayOfWeek, int? DayOfMonth, string OtherRecipient);

    private static readonly Demo[] All =
    [
        new("accelecom", "Services", "it@bluegrasshealth.example", "AC-100100", "Monthly services inventory", "services.inventory", "last-month",
            ReportFormat.Xlsx, ScheduleFrequency.Monthly, null, 1, "finance@bluegrasshealth.example"),
        new("calltower", "Usage", "telecom@northwind.example", "CT-5000", "Weekly call detail", "usage.cdr", "last-week",
            ReportFormat.Csv, ScheduleFrequency.Weekly, 1, null, "accounting@northwind.example"),
        new("accelerando", "Tickets", "office@mainstreetdental.example", "MS-3100", "Monthly tickets by status", "tickets.status", "last-month",
            ReportFormat.Pdf, ScheduleFrequency.BillingCycle, null, null, "owner@mainstreetdental.example"),
    ];

    public async Task SeedAsync(TenantInfo tenant, IReadOnlyDictionary<string, Guid> accounts, CancellationToken ct)
    {
        if (!tenant.IsEnabled("Reports"))
            return;
        foreach (var demo in All.Where(d => d.Tenant == tenant.Id && tenant.IsEnabled(d.Module)))
        {
            if (await users.FindByEmailAsync(demo.Owner) is not { } owner || !accounts.TryGetValue(demo.Account, out var account))
                continue;
            await schedules.CreateAsync(new NewReportSchedule(account, owner.Id, demo.Owner, demo.Name, demo.Report, demo.Range, demo.Format,
                demo.Frequency, demo.DayOfWeek, demo.DayOfMonth, new TimeOnly(7, 0), [demo.Owner, demo.OtherRecipient],
                "The demo's scheduled report: the file is on your Downloads tab too."), ct);
        }
    }
}
