using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;

namespace SelfCare.Agreements.Reports;

/// <summary>"Executive support usage": hours worked per month, tier and requester (help desk, professional services, emergency), drawn and billable.</summary>
internal sealed class SupportUsageReport(AgreementsDbContext db, IAccountDirectory directory) : IReportDefinition
{
    public string Id => "agreements.support-usage";

    public string Name => "Executive support usage";

    public string Description => "Support hours by month, tier (Emergency, Help Desk, Professional Services) and requester: drawn from pre-paid hours and billable.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("period", "Worked between", ReportParameterKind.DateTimeRange) { MaxRange = TimeSpan.FromDays(731) },
        new("account", "Account", ReportParameterKind.Account),
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("month", "Month", ExportColumnKind.Text),
        new("tier", "Tier", ExportColumnKind.Text),
        new("requester", "Requester", ExportColumnKind.Text),
        new("account", "Account", ExportColumnKind.Text),
        new("tickets", "Tickets", ExportColumnKind.Integer, Total: true),
        new("hours", "Hours", ExportColumnKind.Number, Total: true),
        new("drawn", "Pre-paid hours drawn", ExportColumnKind.Number, Total: true),
        new("billable", "Billable hours", ExportColumnKind.Number, Total: true),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "month", ["hours"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = db.TimeEntries.AsNoTracking();
        if (arguments.AccountIds is { } ids)
            query = query.Where(t => ids.Contains(t.AccountId));
        if (arguments.From is { } from)
        {
            var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, arguments.TimeZone).DateTime);
            query = query.Where(t => t.WorkedOn >= first);
        }
        if (arguments.To is { } to)
        {
            var end = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, arguments.TimeZone).DateTime);
            query = query.Where(t => t.WorkedOn < end);
        }
        var rows = await query.Select(t => new { t.WorkedOn, t.Tier, t.Requester, t.AccountId, t.TicketId, t.Minutes, t.BillableMinutes }).ToListAsync(cancellationToken);
        var accounts = (await directory.FindAsync([.. rows.Select(r => r.AccountId).Distinct()], cancellationToken)).ToDictionary(a => a.Id, a => a.Number);
        foreach (var g in rows.GroupBy(r => (Month: Upkeep.FirstOfMonth(r.WorkedOn), r.Tier, Requester: r.Requester ?? "", r.AccountId))
                     .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.Tier).ThenBy(g => g.Key.Requester))
        {
            yield return
            [
                ExportValue.OfText(g.Key.Month.ToString("yyyy-MM")),
                ExportValue.OfText(AgreementRules.TierLabel(g.Key.Tier)),
                ExportValue.OfText(g.Key.Requester),
                ExportValue.OfText(accounts.GetValueOrDefault(g.Key.AccountId)),
                ExportValue.OfWhole(g.Select(r => r.TicketId).Distinct().Count()),
                ExportValue.OfReal((double)Hours.ToHours(g.Sum(r => r.Minutes))),
                ExportValue.OfReal((double)Hours.ToHours(g.Sum(r => r.Minutes - r.BillableMinutes))),
                ExportValue.OfReal((double)Hours.ToHours(g.Sum(r => r.BillableMinutes))),
            ];
        }
    }
}
