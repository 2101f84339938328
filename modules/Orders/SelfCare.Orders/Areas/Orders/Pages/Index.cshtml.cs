using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Data;
using SelfCare.Orders.Export;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Tenancy;
using SelfCare.Platform.Lists;

namespace SelfCare.Orders.Areas.Orders.Pages;

[Authorize]
internal sealed class IndexModel(OrderQuery orders, OrdersDbContext db, ITenantContext tenant, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

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

    /// <summary>The calendar's month as yyyy-MM; empty or invalid means this month.</summary>
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public EventInput Event { get; set; } = new();

    public IReadOnlyList<OrderRow> Rows { get; private set; } = [];
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public IReadOnlyList<KeyValuePair<OrderStatus, int>> Counts { get; private set; } = [];
    public ActivationCalendar Calendar { get; private set; } = null!;
    public IReadOnlyList<UpcomingEvent> Events { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool IsStaff { get; private set; }
    public DateOnly Today { get; private set; }

    public OrderStatus? StatusFilter => OrderStatuses.Parse(Status);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct) ?? Page();

    /// <summary>?handler=Excel: every row of the current filter (all pages), in the page's order, as .xlsx.</summary>
    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    /// <summary>?handler=Csv: the same rows as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    public async Task<IActionResult> OnPostEventAsync(CancellationToken ct)
    {
        if (!OrderRoles.IsStaff(User))
            return Forbid();
        Event.Title = Event.Title?.Trim();
        Event.Body = string.IsNullOrWhiteSpace(Event.Body) ? null : Event.Body.Trim();
        ModelState.ClearValidationState(nameof(Event));
        var lookups = await orders.LookupsAsync(ct);
        if (Event.AccountId is { } id && !lookups.Accounts.ContainsKey(id))
            ModelState.AddModelError("Event.AccountId", "Choose one of the accounts in the list.");
        if (!TryValidateModel(Event, nameof(Event)) || !ModelState.IsValid)
            return await ShowAsync(ct) ?? Page();
        db.Events.Add(new UpcomingEvent
        {
            Id = Guid.NewGuid(), Date = Event.Date!.Value, Title = Event.Title!, Body = Event.Body, AccountId = Event.AccountId,
            PostedBy = OrderRoles.Name(User), PostedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Event posted.";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteEventAsync(Guid eventId, CancellationToken ct)
    {
        if (!OrderRoles.IsStaff(User))
            return Forbid();
        if (await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct) is not { } found)
            return NotFound();
        db.Events.Remove(found);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = "Event deleted.";
        return RedirectToPage("Index");
    }

    public IDictionary<string, string> RouteFor(int page) => Route(new() { ["p"] = page.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The current filters (without the page), plus <paramref name="extra"/>.</summary>
    public IDictionary<string, string> Route(Dictionary<string, string>? extra = null) =>
        ListRoute.Build(Query, Account, StatusFilter?.ToString(), From, To, extra);

    public static string Iso(DateOnly d) => ListRoute.Iso(d);

    private OrderFilter Filter => new(Account, StatusFilter, Query, From, To);

    /// <summary>Fills the page; a result when the request cannot be shown (an account outside the scope).</summary>
    private async Task<IActionResult?> ShowAsync(CancellationToken ct)
    {
        var lookups = await orders.LookupsAsync(ct);
        if (orders.Build(Filter, lookups) is not { } query || orders.ForAccount(Account, lookups) is not { } forAccount)
            return NotFound();
        Accounts = [.. lookups.Accounts.Values.OrderBy(a => a.Number, StringComparer.Ordinal)];
        IsStaff = OrderRoles.IsStaff(User);
        Today = TenantCalendar.Today(tenant, clock);

        var counts = await forAccount.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Counts = [.. Enum.GetValues<OrderStatus>().Select(s => KeyValuePair.Create(s, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0))];

        // Years far out would overflow the previous/next month links; such a month shows this month instead.
        var month = DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
                    && m.Year is >= 1900 and <= 2999
            ? m : new DateOnly(Today.Year, Today.Month, 1);
        var next = month.AddMonths(1);
        var days = await forAccount.Where(o => o.ActivationDate >= month && o.ActivationDate < next)
            .GroupBy(o => o.ActivationDate!.Value).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Calendar = ActivationCalendar.Build(month, days.ToDictionary(d => d.Key, d => d.Count));

        Events = await db.Events.AsNoTracking().Where(e => e.Date >= Today).OrderBy(e => e.Date).ThenBy(e => e.Title).Take(10).ToListAsync(ct);

        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Rows = [.. page.Select(lookups.ToRow)];
        return null;
    }

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var lookups = await orders.LookupsAsync(ct);
        if (orders.Build(Filter, lookups) is not { } query)
            return NotFound();
        var list = await query.Include(o => o.Lines).AsSplitQuery().ToListAsync(ct);
        var rows = list.Select(o => OrderExport.ToExport(lookups.ToRow(o))).ToList();
        return TableExport.File(format, rows, OrderExport.Columns, $"orders-{Iso(TenantCalendar.Today(tenant, clock))}", "Orders");
    }
}
