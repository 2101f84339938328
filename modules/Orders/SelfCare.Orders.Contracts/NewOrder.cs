namespace SelfCare.Orders.Contracts;

/// <summary>
/// An order to create. <paramref name="Status"/> is one of New, Sent, Completed, Hold, Error. The service address is
/// either <paramref name="LocationId"/> (a location of the same account, from ILocationDirectory) or <paramref name="Address"/>.
/// <paramref name="CreatedAt"/> defaults to now; <paramref name="CreatedBy"/> is the name shown in the history.
/// </summary>
public sealed record NewOrder(
    string Number,
    Guid AccountId,
    string Status,
    string? OrderType,
    string? Description,
    DateOnly? RequestedDate,
    DateOnly? ActivationDate,
    Guid? LocationId,
    OrderAddress? Address,
    IReadOnlyList<NewOrderLine> Lines,
    string CreatedBy,
    string? ExternalId = null,
    DateTimeOffset? CreatedAt = null,
    IReadOnlyList<NewOrderNote>? Notes = null);
