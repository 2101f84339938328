namespace SelfCare.Orders.Api;

/// <summary>
/// Body of <c>POST /api/v1/orders/{externalId}/events</c>: a status change (<see cref="Status"/>, optional
/// <see cref="Comment"/>) or a note (<see cref="Note"/>), or both, by <see cref="By"/> (defaults to the API key).
/// </summary>
internal sealed class OrderEventV1
{
    public string? Status { get; set; }
    public string? Comment { get; set; }
    public string? Note { get; set; }
    public string? By { get; set; }
}
