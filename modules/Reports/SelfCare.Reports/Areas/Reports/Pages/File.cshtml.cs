using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Files;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>
/// The secure link of a report email: a signed, expiring token naming one download and one recipient. Served without a
/// login (recipients may have none), read in the schedule owner's scope; an expired, altered or foreign token is a 404.
/// </summary>
[AllowAnonymous]
internal sealed class FileModel(ReportsDbContext db, ScheduleTokens tokens, IUserScopeFactory userScopes) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken ct)
    {
        if (tokens.ReadFile(token) is not { } downloadId)
            return NotFound();
        // No scope for this visitor: the signed token is the authority, so read past the account filter by id.
        var owner = await (from run in db.Runs
                           join schedule in db.Schedules.IgnoreQueryFilters() on run.ScheduleId equals schedule.Id
                           where run.DownloadId == downloadId
                           select schedule.OwnerUserId).FirstOrDefaultAsync(ct);
        var download = await db.Downloads.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(d => d.Id == downloadId, ct);
        if (owner is null || download is null || await userScopes.CreateForUserAsync(owner, ct) is not { } scope)
            return NotFound();
        // The owner's scope (and the file store's connection) lives until the response has been sent.
        Response.RegisterForDisposeAsync(scope);
        var opened = await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenAsync(download.FileId, ct);
        return opened is null ? NotFound() : new ResultAction(FileDownload.Result(opened));
    }
}
