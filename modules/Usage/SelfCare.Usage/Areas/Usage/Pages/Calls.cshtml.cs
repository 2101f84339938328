using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Usage.Data;
using SelfCare.Usage.Export;

namespace SelfCare.Usage.Areas.Usage.Pages;

/// <summary>The CDR search: filters (start dates in the tenant's zone, account, service, number, direction), paged, exported.</summary>
[Authorize]
internal sealed class CallsModel(CdrQuery calls, TenantZone zone) : PageModel
{
    public const int PageSize = 50;
    private const int ExcelRowLimit = 1_048_575;

    [BindProperty(SupportsGet = true, Name = "account")]
    public Guid? Account { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "service")]
    public string? Service { get; set; }

    [BindProperty(SupportsGet = true, Name = "number")]
    public string? Number { get; set; }

    /// <summary>Empty or unknown means both.</summary>
    [BindProperty(SupportsGet = true, Name = "direction")]
    public string? Direction { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<CdrExportRow> Rows { get; private set; } = [];
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public CallDirection? DirectionFilter =>
        Enum.TryParse<CallDirection>(Direction, ignoreCase: true, out var d) && Enum.IsDefined(d) && !int.TryParse(Direction, out _) ? d : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var built = await BuildAsync(ct);
        if (built is not { } b)
            return NotFound();
        Accounts = [.. b.Accounts.Values.OrderBy(a => a.Number, StringComparer.Ordinal)];
        if (!ModelState.IsValid)
            return Page();
        Total = await b.Query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await b.Query.OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Rows = [.. page.Select(c => CdrExport.ToRow(c, b.Accounts, zone))];
        return Page();
    }

    /// <summary>?handler=Excel: every call of the current filter (all pages), oldest first, as .xlsx.</summary>
    public Task<IActionResult> OnGetExcelAsync(CancellationToken ct) => ExportAsync(ExportFormat.Xlsx, ct);

    /// <summary>?handler=Csv: the same calls as CSV (no row limit).</summary>
    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => ExportAsync(ExportFormat.Csv, ct);

    public Dictionary<string, string> RouteFor(int page)
    {
        var route = Filters();
        route["p"] = page.ToString(CultureInfo.InvariantCulture);
        return route;
    }

    public Dictionary<string, string> Filters()
    {
        var route = new Dictionary<string, string>();
        if (Account is { } account)
            route["account"] = account.ToString();
        if (From is { } from)
            route["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (To is { } to)
            route["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(Service))
            route["service"] = Service;
        if (!string.IsNullOrWhiteSpace(Number))
            route["number"] = Number;
        if (DirectionFilter is { } direction)
            route["direction"] = direction.ToString();
        return route;
    }

    private async Task<(IQueryable<CallDetailRecord> Query, IReadOnlyDictionary<Guid, AccountEntry> Accounts)?> BuildAsync(CancellationToken ct)
    {
        if (From is { } f && To is { } t && t < f)
            ModelState.AddModelError("to", "The end date cannot be before the start date.");
        if (Number?.Length > 32)
            ModelState.AddModelError("number", "A number has at most 32 characters.");
        if (Service?.Length > 60)
            ModelState.AddModelError("service", "A service id has at most 60 characters.");
        return await calls.BuildAsync(new CdrFilter(Account, From, To, Service, Number, DirectionFilter), ct);
    }

    private async Task<IActionResult> ExportAsync(ExportFormat format, CancellationToken ct)
    {
        var built = await BuildAsync(ct);
        if (built is not { } b)
            return NotFound();
        if (!ModelState.IsValid)
            return BadRequest(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)));
        if (format == ExportFormat.Xlsx && await b.Query.CountAsync(ct) > ExcelRowLimit)
            return BadRequest("More calls than an Excel sheet holds: narrow the filter or export CSV.");
        var rows = CdrExport.StreamAsync(b.Query, b.Accounts, zone.Zone, ct);
        return TableExport.File(format, rows, CdrExport.Columns, $"calls-{zone.Today:yyyy-MM-dd}", "Calls");
    }
}
