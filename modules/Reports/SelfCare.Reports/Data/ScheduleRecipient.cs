namespace SelfCare.Reports.Data;

/// <summary>An address a schedule emails; it may belong to no portal user. Unsubscribing stops only this row.</summary>
internal sealed class ScheduleRecipient
{
    public Guid Id { get; set; }
    public Guid ScheduleId { get; set; }
    public required string Address { get; set; }
    public DateTime? UnsubscribedAt { get; set; }
}
