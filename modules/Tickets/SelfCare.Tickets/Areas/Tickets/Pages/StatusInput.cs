using System.ComponentModel.DataAnnotations;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>Staff's status change (with an optional comment the contact is emailed) and assignment.</summary>
internal sealed class StatusInput
{
    [Required(ErrorMessage = "Choose a status.")]
    public string? Status { get; set; }

    [StringLength(TicketJournalEntry.TextMaxLength, ErrorMessage = "The comment can have at most {1} characters.")]
    public string? Comment { get; set; }

    public string? IdempotencyKey { get; set; }
}
