using SelfCare.Agreements.Provisioning;
using SelfCare.Platform.Tenancy;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Host.Demo;

/// <summary>
/// The managed-services tenant's agreements and a year of their ledger: Main Street Dental's Master Services Agreement (4 included hours
/// a month, carried over one month) and pre-paid retainer (blocks of 20 and 10 hours), Harbor Point's Help Desk and Emergency Support
/// agreements; one closed ticket per month and tier with the time drawn on it, in date order so expiry and carry-over apply as they went.
/// </summary>
internal sealed class DemoAgreementSeeder(IAgreementProvisioning agreements, ITicketProvisioning tickets, ITicketDirectory directory, TimeProvider clock)
{
    private const string Staff = "tech@accelerando.example";

    public async Task SeedAsync(TenantInfo tenant, IReadOnlyDictionary<string, Guid> accounts, CancellationToken ct)
    {
        if (!tenant.IsEnabled("Agreements") || tenant.Id != "accelerando")
            return;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        string[] all = ["Emergency", "HelpDesk", "ProfessionalServices"];

        var msa = await agreements.CreateAsync(new NewAgreement(accounts["MS-3100"], "AGR-2026-001", "Master Services Agreement", "MasterServices", start,
            start.AddYears(2).AddDays(-1), true, all, 175m, 95m, 125m, 1.5m, 4m, 1, null, null, null, false), ct);
        var retainer = await agreements.CreateAsync(new NewAgreement(accounts["MS-3100"], "AGR-2026-002", "Pre-paid support hours", "BlockHours", start,
            null, true, ["HelpDesk", "ProfessionalServices"], null, null, null, 1m, 0m, 0, 12, 110m, 4m, false), ct);
        var helpDesk = await agreements.CreateAsync(new NewAgreement(accounts["MS-4200"], "AGR-2026-003", "Help Desk Agreement", "HelpDesk", start,
            start.AddYears(1).AddDays(-1), true, ["HelpDesk"], null, 90m, null, 1m, 2m, 0, null, null, null, false), ct);
        var emergency = await agreements.CreateAsync(new NewAgreement(accounts["MS-4200"], "AGR-2026-004", "Emergency Support Services Agreement",
            "EmergencySupport", start, start.AddYears(1).AddDays(-1), true, ["Emergency"], 165m, null, null, 1m, 0m, 0, null, null, null, false), ct);

        await agreements.PurchaseAsync(retainer, 20m, 2200m, start, "demo-retainer-1", ct);
        for (var i = 0; i < 12; i++)
        {
            var month = start.AddMonths(i);
            var day = month.AddDays(8) < today ? month.AddDays(8) : today.AddDays(-1);
            if (i == 6)
                await agreements.PurchaseAsync(retainer, 10m, 1100m, month, "demo-retainer-2", ct);
            await WorkAsync(accounts["MS-3100"], retainer, "Monthly maintenance: patches and backup checks", "ProfessionalServices", 1.5m, day, ct);
            await WorkAsync(accounts["MS-3101"], msa, "Workstation slow at the Downtown front desk", "HelpDesk", i % 4 == 0 ? 5m : 2m, day, ct);
            if (i % 3 == 1)
                await WorkAsync(accounts["MS-3102"], msa, "Imaging server down after hours", "Emergency", 1m, day, ct, afterHours: true);
            if (i % 2 == 0)
                await WorkAsync(accounts["MS-4201"], helpDesk, "Kitchen printer setup questions", "HelpDesk", 1.25m, day, ct);
            if (i % 4 == 3)
                await WorkAsync(accounts["MS-4200"], emergency, "Point of sale down during dinner service", "Emergency", 2m, day, ct, afterHours: true);
        }
    }

    private async Task WorkAsync(Guid account, Guid agreement, string subject, string tier, decimal hours, DateOnly day, CancellationToken ct,
        bool afterHours = false)
    {
        var opened = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 0)), TimeSpan.Zero);
        var number = await tickets.CreateAsync(new NewTicketRecord(account, "Technical", tier == "Emergency" ? "Urgent" : "Normal", "Closed", subject,
            $"{subject}.", null, Staff, "office@mainstreetdental.example", "Dana Molar", opened,
            [new NewTicketEntry(Staff, false, $"Done: {hours:0.##} hours.", false, opened.AddHours(2))]), ct);
        var header = await directory.FindByNumberAsync(number, ct) ?? throw new InvalidOperationException($"Ticket #{number} was not stored.");
        await agreements.LogTimeAsync(new NewAgreementTime(agreement, header.Id, number, subject, account, "Dana Molar", tier, afterHours, hours, day,
            Staff, $"demo-{number}"), ct);
    }
}
