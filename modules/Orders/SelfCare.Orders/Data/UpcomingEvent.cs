namespace SelfCare.Orders.Data;

/// <summary>A staff notice on the Orders page: for everyone (<see cref="AccountId"/> null) or for whoever sees that account.</summary>
internal sealed class UpcomingEvent
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid? AccountId { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }
    public string? Body { get; set; }
    public required string PostedBy { get; set; }
    public DateTimeOffset PostedAt { get; set; }
}
