namespace SelfCare.Usage.Api;

/// <summary>
/// One call in POST /api/v1/cdrs: <c>id</c> (idempotency), <c>start</c> (ISO 8601; without an offset it is the tenant's
/// time), <c>from</c>, <c>to</c>, <c>direction</c> (Inbound/Outbound), <c>durationSeconds</c>, <c>amount</c>, <c>currency</c>
/// (default USD), <c>serviceId</c>, <c>account</c> (number or external id), <c>billingCycle</c> (optional, yyyy-MM).
/// </summary>
public sealed record CdrRowV1(
    string? Id, string? Start, string? From, string? To, string? Direction, long? DurationSeconds, decimal? Amount, string? Currency,
    string? ServiceId, string? Account, string? BillingCycle);
