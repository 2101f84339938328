using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Export;

/// <summary>Calls as a download (Calls page, monthly CDR file): columns and how a stored call becomes a line.</summary>
internal static class CdrExport
{
    public static readonly IReadOnlyList<ExportColumn<CdrExportRow>> Columns =
    [
        ExportColumn<CdrExportRow>.DateTime("Date/time", r => r.Started, width: 18),
        ExportColumn<CdrExportRow>.Text("Account", r => r.Account, width: 14),
        ExportColumn<CdrExportRow>.Text("Account name", r => r.AccountName, width: 30),
        ExportColumn<CdrExportRow>.Text("Service ID", r => r.ServiceId, width: 18),
        ExportColumn<CdrExportRow>.Text("From", r => r.From, width: 16),
        ExportColumn<CdrExportRow>.Text("To", r => r.To, width: 16),
        ExportColumn<CdrExportRow>.Text("Direction", r => r.Direction, width: 10),
        ExportColumn<CdrExportRow>.Integer("Duration (s)", r => r.DurationSeconds, width: 12),
        ExportColumn<CdrExportRow>.Number("Amount", r => (double)r.Amount, decimals: 4, width: 12),
        ExportColumn<CdrExportRow>.Text("Currency", r => r.Currency, width: 9),
        ExportColumn<CdrExportRow>.Date("Billing cycle", r => r.BillingCycle, width: 12),
    ];

    public static CdrExportRow ToRow(CallDetailRecord c, IReadOnlyDictionary<Guid, AccountEntry> accounts, TenantZone zone) =>
        accounts.TryGetValue(c.AccountId, out var a)
            ? new(zone.ToLocal(c.StartedAt), a.Number, a.Name, c.ServiceId, c.FromNumber, c.ToNumber, c.Direction.ToString(), c.DurationSeconds,
                c.Amount, c.Currency, c.BillingCycle)
            : new(zone.ToLocal(c.StartedAt), "", "", c.ServiceId, c.FromNumber, c.ToNumber, c.Direction.ToString(), c.DurationSeconds,
                c.Amount, c.Currency, c.BillingCycle);

    /// <summary>Streams the query's calls (never all in memory), oldest first.</summary>
    public static async IAsyncEnumerable<CdrExportRow> StreamAsync(IQueryable<CallDetailRecord> calls,
        IReadOnlyDictionary<Guid, AccountEntry> accounts, TenantZone zone, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var c in calls.OrderBy(c => c.StartedAt).ThenBy(c => c.Id).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToRow(c, accounts, zone);
    }
}
