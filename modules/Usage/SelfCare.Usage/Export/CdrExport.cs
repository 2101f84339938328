using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Reports;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Export;

/// <summary>
/// Calls as rows of the Call Detail report: one row producer and one column list for the report, the Calls page's exports and
/// the monthly CDR file, so each holds exactly what the others do.
/// </summary>
internal static class CdrExport
{
    public static readonly IReadOnlyList<ReportColumn> ReportColumns =
    [
        new("started", "Date/time", ExportColumnKind.DateTime),
        new("account", "Account", ExportColumnKind.Text),
        new("accountName", "Account name", ExportColumnKind.Text),
        new("service", "Service ID", ExportColumnKind.Text),
        new("from", "From", ExportColumnKind.Text),
        new("to", "To", ExportColumnKind.Text),
        new("direction", "Direction", ExportColumnKind.Text),
        new("seconds", "Duration (s)", ExportColumnKind.Integer, Total: true),
        // Number, not Money: a call is rated to 4 decimals, which Money would round to the currency's 2 in CSV.
        new("amount", "Amount (USD)", ExportColumnKind.Number, Total: true),
        new("cycle", "Billing cycle", ExportColumnKind.Text),
    ];

    public static readonly IReadOnlyList<ExportColumn<ExportValue[]>> Columns =
        [.. ReportColumns.Select((c, i) => ExportColumn<ExportValue[]>.OfKind(c.Header, c.Kind, r => r[i], c.Currency))];

    /// <summary>Streams the calls (one reader, never all in memory), oldest first; times are wall-clock in <paramref name="zone"/>.</summary>
    public static async IAsyncEnumerable<ExportValue[]> StreamAsync(IQueryable<CallDetailRecord> calls,
        IReadOnlyDictionary<Guid, AccountEntry> accounts, TimeZoneInfo zone, [EnumeratorCancellation] CancellationToken ct)
    {
        var cycles = new Dictionary<DateOnly, string>();
        await foreach (var c in calls.AsNoTracking().OrderBy(c => c.StartedAt).ThenBy(c => c.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            accounts.TryGetValue(c.AccountId, out var account);
            if (!cycles.TryGetValue(c.BillingCycle, out var cycle))
                cycles[c.BillingCycle] = cycle = c.BillingCycle.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            yield return
            [
                ExportValue.OfMoment(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(c.StartedAt, DateTimeKind.Utc), zone)),
                ExportValue.OfText(account?.Number),
                ExportValue.OfText(account?.Name),
                ExportValue.OfText(c.ServiceId),
                ExportValue.OfText(c.FromNumber),
                ExportValue.OfText(c.ToNumber),
                ExportValue.OfText(c.Direction == CallDirection.Inbound ? "Inbound" : "Outbound"),
                ExportValue.OfWhole(c.DurationSeconds),
                ExportValue.OfReal((double)c.Amount),
                ExportValue.OfText(cycle),
            ];
        }
    }

    /// <summary>One call as the Calls page shows it.</summary>
    public static CdrExportRow ToRow(CallDetailRecord c, IReadOnlyDictionary<Guid, AccountEntry> accounts, TenantZone zone) =>
        accounts.TryGetValue(c.AccountId, out var a)
            ? new(zone.ToLocal(c.StartedAt), a.Number, a.Name, c.ServiceId, c.FromNumber, c.ToNumber, c.Direction.ToString(), c.DurationSeconds,
                c.Amount, c.Currency, c.BillingCycle)
            : new(zone.ToLocal(c.StartedAt), "", "", c.ServiceId, c.FromNumber, c.ToNumber, c.Direction.ToString(), c.DurationSeconds,
                c.Amount, c.Currency, c.BillingCycle);
}
