namespace SelfCare.Reports.Data;

/// <summary>
/// An address a schedule emails; it may belong to no portal user. A user recipient (<see cref="UserId"/>) receives at the
/// user's current address (<see cref="Address"/> is refreshed at each run) and only while the user is active.
/// Unsubscribing stops only this row.
/// </summary>
internal sealed class ScheduleRecipient
{
    public Guid Id { get; set; }
    public Guid ScheduleId { get; set; }
    public required string Address { get; set; }
    public string? UserId { get; set; }
    public DateTime? UnsubscribedAt { get; set; }
}
