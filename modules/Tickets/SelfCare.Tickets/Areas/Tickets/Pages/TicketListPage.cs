using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Tickets.Data;
using SelfCare.Tickets.Export;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>
/// What the customer list (/tickets) and the staff queue (/tickets/queue) share: filters, paging (offset over an indexed
/// order, with a count), and Excel/CSV of exactly the filtered rows.
/// </summary>
internal abstract class TicketListPage(TicketQuery tickets, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    /// <summary>Rows counted for the pager at most: a count over 100,000 tickets costs a scan, "more than 10,000" does not.</summary>
    public const int CountCap = 10_000;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? Account { get; set; }

    /// <summary>Empty or unknown means all (the queue: all active).</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "priority")]
    public string? Priority { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<TicketListItem> Rows { get; private set; } = [];
    public IReadOnlyDictionary<Guid, AccountEntry> AccountsById { get; private set; } = new Dictionary<Guid, AccountEntry>();
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public int Total { get; private set; }

    /// <summary>More rows match than <see cref="CountCap"/>; <see cref="Total"/> is the cap.</summary>
    public bool TotalCapped { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool IsStaff => TicketRoles.IsStaff(User);

    public TicketStatus? StatusFilter => TicketStatuses.Parse(Status);
    public TicketCategory? CategoryFilter => TicketStatuses.ParseCategory(Category);
    public TicketPriority? PriorityFilter => TicketStatuses.ParsePriority(Priority);

    protected abstract string ExportName { get; }
    protected abstract TicketFilter Filter { get; }
    protected abstract IQueryable<Ticket> Order(IQueryable<Ticket> query);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct) ?? Page();

    /// <summary>?handler=Excel: every row of the current filter (all pages), in the page's order.</summary>
    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    /// <summary>?handler=Csv: the same rows as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    /// <summary>One page of the filtered rows in <see cref="Order"/>'s order.</summary>
    protected virtual async Task<IReadOnlyList<TicketListItem>> PageAsync(IQueryable<Ticket> query, int skip, int take, CancellationToken ct) =>
        await TicketQuery.Items(Order(query).Skip(skip).Take(take)).ToListAsync(ct);

    public IDictionary<string, string> RouteFor(int page) => Route(new() { ["p"] = page.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The current filters (without the page), plus <paramref name="extra"/>.</summary>
    public virtual IDictionary<string, string> Route(Dictionary<string, string>? extra = null)
    {
        var route = extra ?? [];
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                route.TryAdd(key, value);
        }
        Add("q", Query);
        Add("account", Account?.ToString());
        Add("status", StatusFilter?.ToString());
        Add("category", CategoryFilter?.ToString());
        Add("priority", PriorityFilter?.ToString());
        return route;
    }

    public string AccountLabel(Guid id) => AccountsById.GetValueOrDefault(id) is { } a ? $"{a.Number} – {a.Name}" : "";

    private async Task<IActionResult?> ShowAsync(CancellationToken ct)
    {
        AccountsById = await tickets.AccountsAsync(ct);
        if (tickets.Build(Filter, AccountsById, TicketRoles.Name(User)) is not { } query)
            return NotFound();
        Accounts = [.. AccountsById.Values.OrderBy(a => a.Number, StringComparer.Ordinal)];
        Total = await query.Take(CountCap + 1).CountAsync(ct);
        TotalCapped = Total > CountCap;
        Total = Math.Min(Total, CountCap);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await PageAsync(query, (PageNumber - 1) * PageSize, PageSize, ct);
        return null;
    }

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var accounts = await tickets.AccountsAsync(ct);
        if (tickets.Build(Filter, accounts, TicketRoles.Name(User)) is not { } query)
            return NotFound();
        var rows = TicketQuery.Items(Order(query)).AsAsyncEnumerable().Select(t => TicketExport.ToExport(t, accounts));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TableExport.File(format, rows, TicketExport.Columns, $"{ExportName}-{today}", "Tickets");
    }
}
