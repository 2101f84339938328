using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.FeatureManagement;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Tenancy;
using SelfCare.Services.Data;
using SelfCare.Services.Export;

namespace SelfCare.Services.Areas.Services.Pages;

[Authorize]
internal sealed class IndexModel(ServiceQuery services, IVariantFeatureManager features, ITenantContext tenant, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? Account { get; set; }

    /// <summary>Empty or unknown means All.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ServiceRow> Rows { get; private set; } = [];
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool CanEdit { get; private set; }
    public bool TicketsEnabled { get; private set; }

    public ServiceStatus? StatusFilter =>
        Enum.TryParse<ServiceStatus>(Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var built = await services.BuildAsync(Filter, ct);
        if (built is not { } b)
            return NotFound();
        Accounts = [.. b.Accounts.Values.OrderBy(a => a.Number, StringComparer.Ordinal)];
        Total = await b.Query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await b.Query.Include(s => s.Products).AsSplitQuery()
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Rows = [.. page.Select(s => ServiceQuery.ToRow(s, b.Accounts))];
        CanEdit = ServiceOptions.CanEditDescription(User);
        TicketsEnabled = await ServiceOptions.TicketsEnabledAsync(features, ct);
        return Page();
    }

    /// <summary>?handler=Excel: every row of the current filter (all pages), in the page's order, as .xlsx.</summary>
    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    /// <summary>?handler=Csv: the same rows as CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    public IDictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Query))
            route["q"] = Query;
        if (Account is { } account)
            route["account"] = account.ToString();
        if (StatusFilter is { } status)
            route["status"] = status.ToString();
        return route;
    }

    private ServiceFilter Filter => new(Account, StatusFilter, Query);

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var built = await services.BuildAsync(Filter, ct);
        if (built is not { } b)
            return NotFound();
        var list = await b.Query.Include(s => s.Products).AsSplitQuery().ToListAsync(ct);
        var rows = list.Select(s => ServiceExport.ToExport(ServiceQuery.ToRow(s, b.Accounts))).ToList();
        // The tenant's calendar day, as the Account Details export names its file.
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(tenant.Current.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        return TableExport.File(format, rows, ServiceExport.Columns, $"services-{today:yyyy-MM-dd}", "Services");
    }
}
