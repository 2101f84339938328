using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Documents;

namespace SelfCare.Billing.Areas.Billing.Pages.Payments;

/// <summary>Payment history: portal payments and those the billing system recorded, for the accounts the user sees.</summary>
[Authorize]
internal sealed class HistoryModel(PaymentHistory history, IAccountDirectory accounts, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    [FromQuery(Name = "account")]
    public Guid? AccountId { get; set; }

    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public IReadOnlyList<PaymentHistoryRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Accounts = await accounts.FindAsync(null, ct);
        var all = await history.ListAsync(AccountId, ct);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = all.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    /// <summary>?handler=Excel: every row of the current filter as .xlsx.</summary>
    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    /// <summary>?handler=Csv: the same rows as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var rows = await history.ListAsync(AccountId, ct);
        return TableExport.File(format, rows, PaymentHistory.Columns, $"payments-{clock.GetUtcNow():yyyy-MM-dd}", "Payments");
    }
}
