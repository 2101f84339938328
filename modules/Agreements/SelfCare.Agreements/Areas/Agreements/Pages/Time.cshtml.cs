using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Agreements.Tickets;
using SelfCare.Agreements.Time;
using SelfCare.Platform.Security;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Agreements.Areas.Agreements.Pages;

/// <summary>
/// Staff log time from the Ticket Details panel (/agreements/time/{number}). The tier is HelpDesk's when it classified the ticket
/// (the form's choice otherwise); the agreement must be one that may cover the ticket, or none (billable).
/// </summary>
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
internal sealed class TimeModel(
    ITicketDirectory tickets, AgreementChoices choices, TimeLog log, TicketTiers tiers)
    : PageModel
{
    public IActionResult OnGet(long number) => Redirect(Url.Content($"~/tickets/{number}"));

    public async Task<IActionResult> OnPostAsync(long number, decimal? hours, string? tier, string? agreementId, bool afterHours, string? note, string? key,
        CancellationToken ct)
    {
        if (await tickets.FindByNumberAsync(number, ct) is not { } ticket)
            return NotFound();
        var known = await tiers.FindAsync(ticket.Id, ct);
        SupportTier chosen;
        if (known is not null)
            chosen = known.Tier;
        else if (!Enum.TryParse(tier, out chosen) || !Enum.IsDefined(chosen))
            return Done(number, "Choose the support tier.");
        if (hours is null or <= 0 or > TimeLog.MaxMinutes / 60)
            return Done(number, "Enter the hours worked, from 0.01 to 24.");
        if (note is { Length: > TimeEntry.NoteMaxLength })
            return Done(number, "The note has at most 1000 characters.");
        Guid? agreement = null;
        if (!string.IsNullOrEmpty(agreementId))
        {
            var allowed = await choices.ForAccountAsync(ticket.AccountId, ct);
            if (!Guid.TryParse(agreementId, out var id) || allowed.All(a => a.Id != id))
                return Done(number, "Choose one of the ticket's active agreements, or none.");
            agreement = id;
        }
        var formKey = key is { Length: > 0 and <= 100 } && key.All(char.IsAsciiLetterOrDigit) ? key : Guid.NewGuid().ToString("N");
        var result = await log.LogAsync(new NewTimeEntry(ticket.Id, ticket.Number, ticket.Subject, ticket.AccountId, ticket.ContactName ?? ticket.ContactEmail,
            agreement, chosen, afterHours || known?.OutsideHours == true, Hours.ToMinutes(hours.Value), AgreementRoles.Name(User),
            string.IsNullOrWhiteSpace(note) ? null : note.Trim(), "form:" + formKey), ct);
        if (result.Entry is not { } entry)
            return Done(number, result.Error ?? "The time was not logged.");
        return Done(number, entry.BillableMinutes == 0
            ? $"Logged {Hours.Format(entry.Minutes)} hours, drawn from pre-paid hours."
            : $"Logged {Hours.Format(entry.Minutes)} hours; {Hours.Format(entry.BillableMinutes)} billable{(entry.ContactForPayment ? " (contact for payment)" : "")}.");
    }

    private IActionResult Done(long number, string status)
    {
        TempData["Status"] = status;
        return Redirect(Url.Content($"~/tickets/{number}"));
    }
}
