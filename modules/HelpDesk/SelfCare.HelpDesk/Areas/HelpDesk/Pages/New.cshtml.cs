using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Accounts.Contracts;
using SelfCare.HelpDesk.Data;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages;

/// <summary>
/// A support request (/support/new?tier=...): Emergency, Help Desk (the representative who takes part is required) or a
/// Professional Services work order (what and when, technician, date and/or window, hours cap; no further approval).
/// Outside business hours the calendar makes it Emergency whatever was chosen.
/// </summary>
[Authorize]
internal sealed class NewModel(IAccountDirectory directory, SupportRequests requests, HelpDeskStore store, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public SupportTier Tier { get; private set; } = SupportTier.HelpDesk;
    public IReadOnlyList<AccountEntry> Accounts { get; private set; } = [];
    public bool OpenNow { get; private set; }
    public string? Phone { get; private set; }

    public async Task OnGetAsync(string? tier, CancellationToken ct)
    {
        Input.Tier = tier;
        Input.IdempotencyKey = Guid.NewGuid().ToString("N");
        await LoadAsync(ct);
        if (Accounts.Count == 1)
            Input.AccountId = Accounts[0].Id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (SupportTiers.Parse(Input.Tier) is null)
            ModelState.AddModelError("Input.Tier", "Choose Emergency, Help Desk or Professional Services.");
        if (Input.AccountId is { } account && Accounts.All(a => a.Id != account))
            ModelState.AddModelError("Input.AccountId", "Choose one of the listed accounts.");
        if (Tier == SupportTier.HelpDesk && (string.IsNullOrWhiteSpace(Input.RepresentativeName) || string.IsNullOrWhiteSpace(Input.RepresentativeEmail)))
            ModelState.AddModelError("Input.RepresentativeName", "Name the representative of your organization who takes part in the session, with their email.");
        if (Tier == SupportTier.ProfessionalServices && string.IsNullOrWhiteSpace(Input.WantedBy) && Input.PreferredDate is null)
            ModelState.AddModelError("Input.WantedBy", "Say when the work is needed, or give a preferred date.");
        if (Input.PreferredDate is { } date && date < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(-1)))
            ModelState.AddModelError("Input.PreferredDate", "The preferred date cannot be in the past.");
        if (!ModelState.IsValid)
            return Page();

        var user = HelpDeskRoles.Name(User);
        var staff = HelpDeskRoles.IsStaff(User);
        var (category, priority) = Tier switch
        {
            SupportTier.Emergency => ("Technical", "Urgent"),
            SupportTier.ProfessionalServices => ("ServiceRequest", "Normal"),
            _ => ("Technical", "Normal"),
        };
        var key = Input.IdempotencyKey is { Length: > 0 and <= 100 } k && k.All(char.IsAsciiLetterOrDigit) ? "helpdesk-" + k : null;
        var row = await requests.OpenAsync(new TicketRequest(Input.AccountId!.Value, category, priority, Input.Subject!.Trim(),
                $"{SupportTiers.Label(Tier)} request: {Input.Description!.Trim()}", staff ? null : user, staff ? null : user, user, !staff, key), Tier,
            r =>
            {
                r.RepresentativeName = Input.RepresentativeName?.Trim();
                r.RepresentativeEmail = Input.RepresentativeEmail?.Trim();
                if (Tier != SupportTier.ProfessionalServices)
                    return;
                r.WorkWanted = Input.Description!.Trim();
                r.WantedBy = Input.WantedBy?.Trim();
                r.PreferredTechnician = Input.PreferredTechnician?.Trim();
                r.PreferredDate = Input.PreferredDate;
                r.PreferredWindow = Input.PreferredWindow?.Trim();
                r.HoursCap = Input.HoursCap;
            }, ct);
        TempData["Status"] = row.Automatic && row.OutsideHours
            ? $"Ticket #{row.Number} submitted outside business hours: handled as Emergency Services."
            : $"Ticket #{row.Number} submitted as {SupportTiers.Label(row.Tier)}.";
        return Redirect(Url.Content($"~/tickets/{row.Number}"));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tier = SupportTiers.Parse(Input.Tier) ?? SupportTier.HelpDesk;
        Input.Tier = Tier.ToString();
        Accounts = await directory.FindAsync(null, ct);
        OpenNow = (await store.CalendarAsync(ct)).IsOpen(clock.GetUtcNow());
        Phone = (await store.SettingsAsync(ct)).EmergencyPhone;
    }
}
