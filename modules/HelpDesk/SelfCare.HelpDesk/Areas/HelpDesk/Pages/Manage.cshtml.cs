using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SelfCare.HelpDesk.Data;
using SelfCare.Platform.Security;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages;

/// <summary>Staff actions from the Ticket Details panel (/support/manage/{number}): redirect an emergency to Help Desk, schedule a work order.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin + "," + PortalRoles.Staff)]
internal sealed class ManageModel(HelpDeskDbContext db, SupportRequests requests, HelpDeskStore store) : PageModel
{
    public IActionResult OnGet(long number) => Redirect(Url.Content($"~/tickets/{number}"));

    public async Task<IActionResult> OnPostRedirectAsync(long number, CancellationToken ct)
    {
        if (await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, ct) is not { } r)
            return NotFound();
        if (r.Tier != SupportTier.Emergency && r.RedirectedAt is null)
            return Done(number, "Only an Emergency request can be redirected to Help Desk.");
        return await requests.RedirectAsync(r, HelpDeskRoles.Name(User), ct) == TicketWriteOutcome.NotFound
            ? NotFound()
            : Done(number, "Redirected to Help Desk; the client's representative was notified.");
    }

    public async Task<IActionResult> OnPostScheduleAsync(long number, DateTime? at, string? technician, string? key, CancellationToken ct)
    {
        if (await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, ct) is not { } r)
            return NotFound();
        if (r.Tier != SupportTier.ProfessionalServices)
            return Done(number, "Only a Professional Services request is scheduled.");
        if (at is null || string.IsNullOrWhiteSpace(technician) || technician.Length > 200)
            return Done(number, "Enter the date, time and technician to schedule.");
        if (key is not { Length: > 0 and <= 100 } || !key.All(char.IsAsciiLetterOrDigit))
            key = Guid.NewGuid().ToString("N");
        var zone = (await store.CalendarAsync(ct)).Zone;
        var local = DateTime.SpecifyKind(at.Value, DateTimeKind.Unspecified);
        var instant = new DateTimeOffset(local, zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local)).ToUniversalTime();
        await requests.ScheduleAsync(r, instant, technician.Trim(), HelpDeskRoles.Name(User), key, ct);
        return Done(number, $"Scheduled for {Display.When(instant, zone)}.");
    }

    private IActionResult Done(long number, string status)
    {
        TempData["Status"] = status;
        return Redirect(Url.Content($"~/tickets/{number}"));
    }
}
