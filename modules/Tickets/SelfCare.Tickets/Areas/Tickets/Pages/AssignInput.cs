namespace SelfCare.Tickets.Areas.Tickets.Pages;

/// <summary>Assign to a staff user (email) or, empty, return the ticket to the queue.</summary>
internal sealed class AssignInput
{
    public string? AssignTo { get; set; }

    public string? IdempotencyKey { get; set; }
}
