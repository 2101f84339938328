namespace SelfCare.Orders.Api;

/// <summary>An order as version 1 of the integration API shows it.</summary>
internal sealed record OrderV1(
    Guid Id, string? ExternalId, string Number, Guid AccountId, string? AccountExternalId, string? AccountNumber, string Status, string? OrderType, string? Description,
    DateOnly? RequestedDate, DateOnly? ActivationDate, Guid? LocationId, OrderAddressV1? Address, IReadOnlyList<OrderLineV1> Lines);
