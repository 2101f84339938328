namespace SelfCare.Tickets.Data;

/// <summary>
/// One line of a ticket's journal: a message, an internal note, a status change, an attachment or an assignment.
/// <see cref="IdempotencyKey"/> (unique) comes from the form or API call that wrote it, so a retried POST cannot add it twice.
/// </summary>
internal sealed class TicketJournalEntry
{
    public const int TextMaxLength = 8000;

    public Guid Id { get; set; }
    public Guid TicketRowId { get; set; }

    /// <summary>Position in the journal (1, 2, ...), unique per ticket: the order everyone sees.</summary>
    public int Sequence { get; set; }
    public JournalKind Kind { get; set; }
    public string? Text { get; set; }
    public TicketStatus? FromStatus { get; set; }
    public TicketStatus? ToStatus { get; set; }
    public Guid? FileId { get; set; }
    public string? FileName { get; set; }
    public long? FileSize { get; set; }
    public required string Author { get; set; }

    /// <summary>True when a customer wrote it (shown as "Customer"/"Support" in the journal, routes the email).</summary>
    public bool ByCustomer { get; set; }
    public DateTimeOffset At { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? ExternalId { get; set; }
}
