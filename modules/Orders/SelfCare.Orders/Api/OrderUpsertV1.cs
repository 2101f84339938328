namespace SelfCare.Orders.Api;

/// <summary>
/// Body of <c>PUT /api/v1/orders/{externalId}</c>: the whole order (fields left out become empty; lines are replaced).
/// The account is named by <c>accountExternalId</c> or <c>accountNumber</c> (exactly one). A status different from the
/// stored one is recorded in the history.
/// Every property is nullable so that a missing value is a field message, not a parse error.
/// </summary>
internal sealed class OrderUpsertV1
{
    public string? Number { get; set; }
    public string? AccountExternalId { get; set; }
    public string? AccountNumber { get; set; }

    /// <summary>New, Sent, Completed, Hold or Error; defaults to New.</summary>
    public string? Status { get; set; }
    public string? OrderType { get; set; }
    public string? Description { get; set; }
    public DateOnly? RequestedDate { get; set; }
    public DateOnly? ActivationDate { get; set; }
    public OrderAddressV1? Address { get; set; }
    public List<OrderLineV1>? Lines { get; set; }
}
