using System.ComponentModel.DataAnnotations;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>Reply to Ticket (or, for staff, an internal note): the text and the form's idempotency key.</summary>
internal sealed class MessageInput
{
    [Required(ErrorMessage = "Enter a message.")]
    [StringLength(TicketJournalEntry.TextMaxLength, ErrorMessage = "The message can have at most {1} characters.")]
    public string? Text { get; set; }

    /// <summary>Staff only: an internal note instead of a reply.</summary>
    public bool Internal { get; set; }

    public string? IdempotencyKey { get; set; }
}
