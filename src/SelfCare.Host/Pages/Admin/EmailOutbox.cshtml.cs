using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Host.Email.Outbox;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Pages.Admin;

/// <summary>The tenant's outbox: every email with its status, attempts, last error and next attempt; dead letters can be retried.</summary>
[Authorize(Roles = PortalRoles.TenantAdmin)]
internal sealed class EmailOutboxModel(OutboxAdministration outbox, IEmailOutbox dispatch, ITenantContext tenantContext) : PageModel
{
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];
    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();
    public OutboxStatus? Status { get; private set; }
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string? status, int page, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<OutboxStatus>(status, true, out var parsed) || !Enum.IsDefined(parsed))
                return NotFound();
            Status = parsed;
        }
        PageNumber = Math.Clamp(page, 0, 10_000);
        Counts = await outbox.CountsAsync(ct);
        Messages = await outbox.ListAsync(Status, PageNumber, ct);
        HasMore = Messages.Count == OutboxAdministration.PageSize;
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        Notice = await outbox.RetryAsync(id, ct)
            ? "The message is queued again with a fresh set of attempts."
            : "That message is not a dead letter (it may have been retried already).";
        return RedirectToPage(new { status = "Dead" });
    }

    public async Task<IActionResult> OnPostDispatchAsync(CancellationToken ct)
    {
        await dispatch.DispatchAsync(ct);
        Notice = "The outbox will be sent now.";
        return RedirectToPage();
    }

    public string TimeZone => tenantContext.Current.TimeZone;

    public string Local(DateTime? utc) => EmailTimes.Local(utc, TimeZone);
}
