namespace SelfCare.Orders.Data;

/// <summary>A note on an order; reached only through its (scoped) order.</summary>
internal sealed class OrderNote
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid OrderRowId { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateTimeOffset At { get; set; }
}
