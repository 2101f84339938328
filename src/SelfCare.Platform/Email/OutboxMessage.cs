namespace SelfCare.Platform.Email;

/// <summary>
/// One email in the tenant's outbox table, already rendered. Created by <see cref="IEmailComposer"/> and
/// saved by the caller in the same transaction as the change that caused it (every module DbContext maps
/// the table), then sent by the platform's dispatcher job. Times are UTC.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>The RFC 5322 Message-ID, fixed at composition so every retry carries the same one.</summary>
    public string MessageId { get; set; } = "";

    public string Template { get; set; } = "";
    public string ToAddress { get; set; } = "";
    public string? ToName { get; set; }
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";

    /// <summary>The <see cref="EmailAttachment"/> references as a JSON array; null when the message has none.</summary>
    public string? AttachmentsJson { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>Which dispatcher run holds the message while <see cref="Status"/> is Sending.</summary>
    public string? LeaseToken { get; set; }
    public DateTime? LeaseUntil { get; set; }

    public string? LastError { get; set; }
}
