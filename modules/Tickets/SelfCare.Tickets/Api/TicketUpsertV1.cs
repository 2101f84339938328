namespace SelfCare.Tickets.Api;

/// <summary>
/// Body of <c>PUT /api/v1/tickets/{externalId}</c>: the whole ticket. The account is named by <c>accountExternalId</c> or
/// <c>accountNumber</c> (exactly one). A status different from the stored one is a status change in the journal (and the
/// contact's email). Every property is nullable so that a missing value is a field message, not a parse error.
/// </summary>
internal sealed class TicketUpsertV1
{
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }

    /// <summary>Technical, Billing, Sales or ServiceRequest.</summary>
    public string? Category { get; set; }

    /// <summary>Low, Normal (default), High or Urgent.</summary>
    public string? Priority { get; set; }

    /// <summary>New (default), Open, WaitingOnClient, Resolved or Closed.</summary>
    public string? Status { get; set; }
    public string? Subject { get; set; }
    public string? Description { get; set; }

    /// <summary>A staff user's email, or null for the queue.</summary>
    public string? AssignedTo { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactName { get; set; }
}
