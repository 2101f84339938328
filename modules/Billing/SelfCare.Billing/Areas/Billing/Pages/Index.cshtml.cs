using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Bills;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Lists;

namespace SelfCare.Billing.Areas.Billing.Pages;

[Authorize]
internal sealed class IndexModel(InvoiceQuery invoices, TenantToday today) : PageModel
{
    public const int PageSize = 25;
    public const string Currency = "USD";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? Account { get; set; }

    /// <summary>Empty or unknown means All.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<InvoiceRow> Rows { get; private set; } = [];
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public int Total { get; private set; }
    public decimal TotalBalance { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public InvoiceStatus? StatusFilter => InvoiceStatuses.Parse(Status);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var accounts = await invoices.AccountsAsync(ct);
        if (await invoices.ListAsync(Filter, accounts, ct) is not { } all)
            return NotFound();
        Accounts = [.. accounts.Values.OrderBy(a => a.Number, StringComparer.Ordinal)];
        Total = all.Count;
        TotalBalance = all.Sum(r => r.Balance.Balance);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        return Page();
    }

    /// <summary>?handler=Excel: every row of the current filter (all pages), in the page's order, as .xlsx.</summary>
    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    /// <summary>?handler=Csv: the same rows as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    public IDictionary<string, string> RouteFor(int page) => Route(new() { ["p"] = page.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The current filters (without the page), plus <paramref name="extra"/>.</summary>
    public IDictionary<string, string> Route(Dictionary<string, string>? extra = null) =>
        ListRoute.Build(Query, Account, StatusFilter?.ToString(), From, To, extra);

    public static string Iso(DateOnly d) => ListRoute.Iso(d);

    private InvoiceFilter Filter => new(Account, StatusFilter, From, To, Query);

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var accounts = await invoices.AccountsAsync(ct);
        if (await invoices.ListAsync(Filter, accounts, ct) is not { } all)
            return NotFound();
        return TableExport.File(format, all, InvoiceExport.Columns(Currency), $"bills-{Iso(today.Value)}", "Bills");
    }
}
