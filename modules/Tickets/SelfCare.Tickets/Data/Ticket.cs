using SelfCare.Platform.Data;

namespace SelfCare.Tickets.Data;

/// <summary>
/// A support ticket on a customer account, about the account itself or one item (<see cref="AboutKind"/> +
/// <see cref="AboutId"/>, offered by an ITicketSubjectSource or another ticket). Everything that happens to it is a
/// <see cref="TicketJournalEntry"/>. Help-desk tiers and due times will be added as their own columns by that module's migration.
/// </summary>
internal sealed class Ticket : IAccountOwned
{
    public const int SubjectMaxLength = 200;
    public const int DescriptionMaxLength = 8000;

    public Guid Id { get; set; }

    /// <summary>The number people quote: sequential per tenant, shown at the top of Ticket Details and in its address.</summary>
    public long Number { get; set; }

    /// <summary>The PSA system's id (integration API upserts by it).</summary>
    public string? ExternalId { get; set; }
    public Guid AccountId { get; set; }
    public TicketCategory Category { get; set; }
    public TicketPriority Priority { get; set; }
    public TicketStatus Status { get; set; }
    public required string Subject { get; set; }
    public required string Description { get; set; }

    /// <summary>"account", "ticket" or a subject source's kind; null with <see cref="AboutId"/> null means the account itself.</summary>
    public string? AboutKind { get; set; }
    public Guid? AboutId { get; set; }

    /// <summary>The item's title when the ticket was created (kept if the item is later removed or renamed).</summary>
    public string? AboutTitle { get; set; }

    /// <summary>The staff user (email) who handles it; null: in the unassigned queue.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>Whom staff replies and status changes are emailed to (the customer who opened it, or one named by staff/API).</summary>
    public string? ContactEmail { get; set; }
    public string? ContactName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>The last customer-visible activity (internal notes do not move it).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public List<TicketJournalEntry> Journal { get; set; } = [];
}
