using System.ComponentModel.DataAnnotations;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>The General Information form of a new ticket.</summary>
internal sealed class TicketInput
{
    [Required(ErrorMessage = "Choose the account.")]
    public Guid? AccountId { get; set; }

    [Required(ErrorMessage = "Choose a category.")]
    public string? Category { get; set; }

    [Required(ErrorMessage = "Enter a subject.")]
    [StringLength(Ticket.SubjectMaxLength, ErrorMessage = "The subject can have at most {1} characters.")]
    public string? Subject { get; set; }

    /// <summary>"account" (the account itself) or a subject kind ("service", "order", "contact", "ticket").</summary>
    public string? AboutKind { get; set; } = "account";

    public Guid? AboutId { get; set; }

    [Required(ErrorMessage = "Choose a priority.")]
    public string? Priority { get; set; } = nameof(TicketPriority.Normal);

    [Required(ErrorMessage = "Describe the problem or request.")]
    [StringLength(Ticket.DescriptionMaxLength, ErrorMessage = "The description can have at most {1} characters.")]
    public string? Description { get; set; }

    /// <summary>Staff only: whom replies are emailed to (customers are the contact of their own tickets).</summary>
    [EmailAddress(ErrorMessage = "Enter a valid email address for the contact.")]
    [StringLength(256)]
    public string? ContactEmail { get; set; }

    /// <summary>Made when the form is drawn: posting the same form twice opens one ticket.</summary>
    public string? IdempotencyKey { get; set; }
}
