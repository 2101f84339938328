using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;

namespace SelfCare.Agreements.Reports;

/// <summary>"Agreement balances": each agreement's pre-paid hours as the ledger derives them (credited − drawn + adjusted − expired) and the next expiry.</summary>
internal sealed class AgreementBalancesReport(AgreementsDbContext db, BalanceQuery balances, IAccountDirectory directory, TenantToday today) : IReportDefinition
{
    public string Id => "agreements.balances";

    public string Name => "Agreement balances";

    public string Description => "Each agreement's pre-paid hours: credited (purchases and included hours), drawn, adjusted, expired, the balance and the next expiry.";

    public IReadOnlyList<ReportParameter> Parameters { get; } = [new("account", "Account", ReportParameterKind.Account)];

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("agreement", "Agreement", ExportColumnKind.Text),
        new("account", "Account", ExportColumnKind.Text),
        new("type", "Type", ExportColumnKind.Text),
        new("status", "Status", ExportColumnKind.Text),
        new("credited", "Credited hours", ExportColumnKind.Number, Total: true),
        new("drawn", "Drawn hours", ExportColumnKind.Number, Total: true),
        new("adjusted", "Adjusted hours", ExportColumnKind.Number, Total: true),
        new("expired", "Expired hours", ExportColumnKind.Number, Total: true),
        new("balance", "Balance (hours)", ExportColumnKind.Number, Total: true),
        new("nextExpiry", "Next expiry", ExportColumnKind.Date),
    ];

    public ReportChart? Chart { get; } = new(ReportChartKind.Bar, "agreement", ["balance"]);

    public async IAsyncEnumerable<ExportValue[]> ReadAsync(ReportArguments arguments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = db.Agreements.AsNoTracking();
        if (arguments.AccountIds is { } ids)
            query = query.Where(a => ids.Contains(a.AccountId));
        var agreements = await query.OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var agreementIds = agreements.Select(a => a.Id).ToList();
        var sums = (await db.Entries.AsNoTracking().Where(e => agreementIds.Contains(e.AgreementId)).GroupBy(e => new { e.AgreementId, e.Kind })
            .Select(g => new { g.Key.AgreementId, g.Key.Kind, Minutes = g.Sum(e => e.Minutes) }).ToListAsync(cancellationToken))
            .ToLookup(x => x.AgreementId);
        var pending = await balances.PendingAsync(agreements, cancellationToken);
        var accounts = (await directory.FindAsync([.. agreements.Select(a => a.AccountId).Distinct()], cancellationToken)).ToDictionary(a => a.Id, a => a.Number);
        var day = today.Value;
        foreach (var a in agreements)
        {
            var (stored, steps) = pending[a.Id];
            // Written entries plus today's upkeep not yet written, so the columns add up to the balance shown everywhere.
            int Of(params LedgerEntryKind[] kinds) =>
                sums[a.Id].Where(x => kinds.Contains(x.Kind)).Sum(x => x.Minutes) + steps.Where(x => kinds.Contains(x.Kind)).Sum(x => x.Minutes);
            var live = Upkeep.Apply(stored, steps).Where(b => b.Balance > 0).ToList();
            yield return
            [
                ExportValue.OfText(a.Number),
                ExportValue.OfText(accounts.GetValueOrDefault(a.AccountId)),
                ExportValue.OfText(AgreementRules.TypeLabel(a.Type)),
                ExportValue.OfText(a.StatusOn(day).ToString()),
                ExportValue.OfReal((double)Hours.ToHours(Of(LedgerEntryKind.Purchase, LedgerEntryKind.Included))),
                ExportValue.OfReal((double)Hours.ToHours(-Of(LedgerEntryKind.Draw))),
                ExportValue.OfReal((double)Hours.ToHours(Of(LedgerEntryKind.Adjustment))),
                ExportValue.OfReal((double)Hours.ToHours(-Of(LedgerEntryKind.Expiry))),
                ExportValue.OfReal((double)Hours.ToHours(live.Sum(b => b.Balance))),
                ExportValue.OfMoment(live.Where(b => b.ExpiresOn is not null).Min(b => b.ExpiresOn)?.ToDateTime(TimeOnly.MinValue)),
            ];
        }
    }
}
