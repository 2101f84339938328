using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;
using SelfCare.Reports.Running;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>
/// A report's details and parameters; Run Report (paged, totals, chart), Export (Excel, CSV, PDF), export in the
/// background into Downloads, and Save (optionally shared with the account's users). Bad parameters are form errors.
/// A Run Report that passes the on-screen limit continues as a background Excel export with the same parameters.
/// </summary>
[Authorize]
internal sealed class RunModel(
    IReportCatalog catalog, ReportArgumentsBuilder builder, ReportRunner runner, ReportFileWriter writer, IAccountDirectory accounts,
    IAccountGroupDirectory groups, IAccountScope scope, ReportsDbContext db, ITenantJobScheduler jobs, TimeProvider clock) : PageModel
{
    public IReportDefinition Definition { get; private set; } = null!;
    public ReportInput Input { get; private set; } = ReportInput.Empty;
    public AccountPicker Picker { get; private set; } = AccountPicker.Empty;
    public ReportResult? Result { get; private set; }
    public ReportArguments? Arguments { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Result is null ? 1 : Math.Max(1, (Result.RowCount + ReportRunner.PageSize - 1) / ReportRunner.PageSize);

    public async Task<IActionResult> OnGetAsync(string id, bool run, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (!run)
            return Page();
        if (await ValidateAsync(ct) is { } arguments)
        {
            Arguments = arguments;
            Result = await runner.RunAsync(Definition, arguments, PageNumber, ct);
            if (Result.Truncated)
            {
                return RedirectToPage("Progress", new { id = await StartBackgroundAsync(ReportFormat.Xlsx, ct), auto = true });
            }
            PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        }
        return Page();
    }

    /// <summary>?handler=Export&amp;format=xlsx|csv|pdf: every row of the run as a file, streamed (PDF capped).</summary>
    public async Task<IActionResult> OnGetExportAsync(string id, string? format, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (!Enum.TryParse<ReportFormat>(format, ignoreCase: true, out var chosen))
            ModelState.AddModelError("format", "Choose Excel, CSV or PDF.");
        if (await ValidateAsync(ct) is not { } arguments || !ModelState.IsValid)
            return Page();
        var name = $"{Schedules.FileNames.Safe(Definition.Name)}-{clock.GetUtcNow():yyyyMMdd-HHmm}.{ReportFileWriter.Extension(chosen)}";
        if (chosen == ReportFormat.Pdf)
        {
            using var buffer = new MemoryStream();
            await writer.WriteAsync(Definition, arguments, chosen, buffer, null, ct);
            return File(buffer.ToArray(), ReportFileWriter.ContentType(chosen), name);
        }
        return new StreamedExport(writer, Definition, arguments, chosen, name);
    }

    /// <summary>Queues the export as a background run (its file lands in Downloads) and shows its progress.</summary>
    public async Task<IActionResult> OnPostBackgroundAsync(string id, string? format, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        if (!Enum.TryParse<ReportFormat>(format, ignoreCase: true, out var chosen))
            ModelState.AddModelError("format", "Choose Excel, CSV or PDF.");
        if (await ValidateAsync(ct) is null || !ModelState.IsValid)
            return Page();
        return RedirectToPage("Progress", new { id = await StartBackgroundAsync(chosen, ct) });
    }

    /// <summary>Saves the parameters under a name; shared ones appear on Shared Reports for the account's users.</summary>
    public async Task<IActionResult> OnPostSaveAsync(string id, string? saveName, bool share, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return NotFound();
        saveName = saveName?.Trim();
        if (string.IsNullOrEmpty(saveName) || saveName.Length > ReportSchedule.NameMaxLength)
            ModelState.AddModelError("saveName", $"Enter a name of at most {ReportSchedule.NameMaxLength} characters.");
        if (await ValidateAsync(ct) is null || !ModelState.IsValid)
            return Page();
        db.Saved.Add(new SavedReport
        {
            Id = Guid.NewGuid(), AccountId = ReportUsers.HomeAccount(scope), OwnerUserId = ReportUsers.Id(User), OwnerName = ReportUsers.Email(User),
            Name = saveName!, DefinitionId = Definition.Id, Query = Input.ToQuery(), Shared = share, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        TempData["Status"] = share ? "Report saved and shared with your account's users." : "Report saved.";
        return RedirectToPage("Shared");
    }

    public string QueryWith(Dictionary<string, string> extra)
    {
        var values = new Dictionary<string, string>(Input.Values);
        foreach (var (k, v) in extra)
            values[k] = v;
        return "?" + new ReportInput(values).ToQuery();
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await catalog.FindAsync(id, ct) is not { } definition)
            return false;
        Definition = definition;
        var pairs = Request.Method == HttpMethods.Post && Request.HasFormContentType
            ? Request.Form.Select(f => KeyValuePair.Create(f.Key, f.Value.ToString()))
            : Request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()));
        Input = ReportInput.FromQuery(pairs);
        if (definition.Parameters.Any(p => p.Kind == ReportParameterKind.Account))
            Picker = new AccountPicker(await accounts.FindAsync(null, ct), await groups.GroupsAsync(ct), Input[ReportInput.Account]);
        return true;
    }

    /// <summary>
    /// Queues a background run of these parameters, or returns the same one still queued or running from the last few
    /// minutes (a reload or a double click of a long Run Report starts one run, not several).
    /// </summary>
    private async Task<Guid> StartBackgroundAsync(ReportFormat format, CancellationToken ct)
    {
        var me = ReportUsers.Id(User);
        var query = Input.ToQuery();
        var recent = clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(10);
        var pending = await db.BackgroundRuns.AsNoTracking()
            .Where(r => r.UserId == me && r.DefinitionId == Definition.Id && r.Query == query && r.Format == format && r.CreatedAt > recent
                        && (r.Status == BackgroundRunStatus.Queued || r.Status == BackgroundRunStatus.Running))
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        if (pending is { } existing)
            return existing;
        var run = new BackgroundRun
        {
            Id = Guid.NewGuid(), AccountId = ReportUsers.HomeAccount(scope), UserId = me, DefinitionId = Definition.Id,
            Query = query, Format = format, Status = BackgroundRunStatus.Queued, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.BackgroundRuns.Add(run);
        await db.SaveChangesAsync(ct);
        await jobs.EnqueueAsync<BackgroundReportJob>($"run:{run.Id:N}", null, new Dictionary<string, string> { [BackgroundReportJob.RunKey] = run.Id.ToString() }, ct);
        return run.Id;
    }

    private async Task<ReportArguments?> ValidateAsync(CancellationToken ct)
    {
        var (arguments, errors) = await builder.BuildAsync(Definition, Input, ct);
        foreach (var error in errors)
            ModelState.AddModelError(error.Field, error.Message);
        if (!ModelState.IsValid)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return arguments;
    }
}
