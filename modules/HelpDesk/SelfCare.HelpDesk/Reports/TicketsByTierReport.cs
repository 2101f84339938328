using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.HelpDesk.Data;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Reports;

/// <summary>"Tickets by tier and status": the help desk's requests of a period with their tier, status and targets.</summary>
internal sealed class TicketsByTierReport(HelpDeskDbContext db, ITicketDirectory tickets, IAccountDirectory directory) : IReportDefinition
{
    // Requests and their ticket headers are read per page of 500.
    private const int Batch = 500;

    public string Id => "helpdesk.tiers";

    public string Name => "Tickets by tier and status";

    public string Description => "Support requests opened in a period by tier (Emergency, Help Desk, Professional Services) and status, with response and resolution targets.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
    [
        new("period", "Opened between", ReportParameterKind.DateTimeRange) { MaxRange = TimeSpan.FromDays(731) },
        new("account", "Account", ReportParameterKind.Account),
        new("tier", "Tier", ReportParameterKind.Choice)
        {
            Choices = [.. Enum.GetValues<SupportTier>().Select(t => new ReportChoice(t.ToString(), SupportTiers.Label(t)))],
        },
    ];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("ticket", "Ticket", ExportColumnKind.Integer),
        new("opened", "Opened", ExportColumnKind.DateTime),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("tier", "Tier", ExportColumnKind.Text),
        new("status", "Status", ExportColumnKind.Text),
        new("subject", "Subject", ExportColumnKind.Text),
        new("resolutionDue", "Resolution due", ExportColumnKind.DateTime),
        new("done", "Done", ExportColumnKind.DateTime),
        new("onTime", "On time", ExportColumnKind.Text),
        new("count", "Tickets", ExportColumnKind.Integer, Total: true),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "tier", ["count"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var accounts = (await directory.FindAsync(null, cancellationToken)).ToDictionary(a => a.Id);
        var query = db.Requests.AsNoTracking();
        if (arguments.AccountIds is { } ids)
            query = query.Where(r => ids.Contains(r.AccountId));
        if (SupportTiers.Parse(arguments.Choice("tier")) is { } tier)
            query = query.Where(r => r.Tier == tier);
        // Pages by ticket number rather than one open reader held while the ticket directory is asked.
        var after = 0L;
        while (true)
        {
            var page = await query.Where(r => r.Number > after).OrderBy(r => r.Number).Take(Batch).ToListAsync(cancellationToken);
            // SQLite cannot compare date-time offsets: the period is applied to each page.
            var inPeriod = page.Where(r => (arguments.From is not { } from || r.OpenedAt >= from) && (arguments.To is not { } to || r.OpenedAt < to)).ToList();
            foreach (var row in await RowsAsync(inPeriod, accounts, arguments.TimeZone, cancellationToken))
                yield return row;
            if (page.Count < Batch)
                yield break;
            after = page[^1].Number;
        }
    }

    private async Task<List<ExportValue[]>> RowsAsync(
        List<SupportRequest> batch, Dictionary<Guid, AccountEntry> accounts, TimeZoneInfo zone, CancellationToken ct)
    {
        if (batch.Count == 0)
            return [];
        var headers = (await tickets.FindAsync([.. batch.Select(r => r.TicketId)], ct)).ToDictionary(h => h.Id);
        var rows = new List<ExportValue[]>(batch.Count);
        foreach (var r in batch)
        {
            headers.TryGetValue(r.TicketId, out var header);
            accounts.TryGetValue(r.AccountId, out var account);
            rows.Add(
            [
                ExportValue.OfWhole(r.Number),
                ExportValue.OfMoment(Local(r.OpenedAt, zone)),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfText(SupportTiers.Label(r.Tier)),
                ExportValue.OfText(header?.Status),
                ExportValue.OfText(header?.Subject),
                ExportValue.OfMoment(Local(r.ResolutionDueAt, zone)),
                ExportValue.OfMoment(r.DoneAt is { } done ? Local(done, zone) : null),
                ExportValue.OfText(r.DoneAt is { } d ? d <= r.ResolutionDueAt ? "Yes" : "No" : null),
                ExportValue.OfWhole(1),
            ]);
        }
        return rows;
    }

    private static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
