using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Usage.Data;

namespace SelfCare.Usage.Areas.Usage.Pages;

/// <summary>Usage per service and billed month (calls, minutes, rated amount) over the last months, with a chart per month.</summary>
[Authorize]
internal sealed class IndexModel(CdrQuery calls, TenantZone zone) : PageModel
{
    public static readonly int[] MonthChoices = [3, 6, 12, 24];

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? Account { get; set; }

    [BindProperty(SupportsGet = true, Name = "months")]
    public int Months { get; set; } = 12;

    public IReadOnlyList<UsageSummaryRow> Rows { get; private set; } = [];
    public IReadOnlyList<MonthBar> Bars { get; private set; } = [];
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];

    public static readonly IReadOnlyList<ExportColumn<UsageSummaryRow>> Columns =
    [
        ExportColumn<UsageSummaryRow>.Text("Billing cycle", r => UsageFormat.Month(r.BillingCycle), width: 12),
        ExportColumn<UsageSummaryRow>.Text("Account", r => r.Account, width: 14),
        ExportColumn<UsageSummaryRow>.Text("Account name", r => r.AccountName, width: 30),
        ExportColumn<UsageSummaryRow>.Text("Service ID", r => r.ServiceId, width: 18),
        ExportColumn<UsageSummaryRow>.Integer("Calls", r => r.Calls),
        ExportColumn<UsageSummaryRow>.Number("Minutes", r => r.Seconds / 60.0, decimals: 1),
        ExportColumn<UsageSummaryRow>.Number("Amount", r => (double)r.Amount, decimals: 2),
        ExportColumn<UsageSummaryRow>.Text("Currency", r => r.Currency, width: 9),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } notFound)
            return notFound;
        var largest = Math.Max(1m, Rows.GroupBy(r => r.BillingCycle).Select(g => g.Sum(r => r.Amount)).DefaultIfEmpty().Max());
        Bars = [.. Rows.GroupBy(r => r.BillingCycle).OrderBy(g => g.Key).Select(g => new MonthBar(g.Key, g.Sum(r => r.Calls),
            g.Sum(r => r.Seconds), g.Sum(r => r.Amount), (int)Math.Round(g.Sum(r => r.Amount) * 100 / largest)))];
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        await LoadAsync(ct) ?? TableExport.File(ExportFormat.Xlsx, Rows, Columns, $"usage-{zone.Today:yyyy-MM-dd}", "Usage");

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await LoadAsync(ct) ?? TableExport.File(ExportFormat.Csv, Rows, Columns, $"usage-{zone.Today:yyyy-MM-dd}", "Usage");

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!MonthChoices.Contains(Months))
            Months = 12;
        var built = await calls.BuildAsync(new CdrFilter(Account, null, null, null, null, null), ct);
        if (built is not { } b)
            return NotFound();
        Accounts = [.. b.Accounts.Values.OrderBy(a => a.Number, StringComparer.Ordinal)];
        var first = zone.ThisMonth.AddMonths(1 - Months);
        var totals = await CdrQuery.Totals(b.Query.Where(c => c.BillingCycle >= first)).ToListAsync(ct);
        Rows = [.. totals.Select(t => b.Accounts.TryGetValue(t.AccountId, out var a)
            ? new UsageSummaryRow(t.BillingCycle, a.Number, a.Name, t.ServiceId, t.Calls, t.Seconds, t.Amount, t.Currency)
            : new UsageSummaryRow(t.BillingCycle, "", "", t.ServiceId, t.Calls, t.Seconds, t.Amount, t.Currency))];
        return null;
    }
}
