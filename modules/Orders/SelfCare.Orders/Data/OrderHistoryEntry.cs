namespace SelfCare.Orders.Data;

/// <summary>The order's creation (<see cref="FromStatus"/> null) or one status change, with who and when.</summary>
internal sealed class OrderHistoryEntry
{
    public const int CommentMaxLength = 1000;

    public Guid Id { get; set; }
    public Guid OrderRowId { get; set; }
    public OrderStatus? FromStatus { get; set; }
    public OrderStatus ToStatus { get; set; }
    public required string ChangedBy { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }
}
