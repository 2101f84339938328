namespace SelfCare.Usage.Contracts;

/// <summary>
/// One call: <paramref name="StartedAt"/> an instant, <paramref name="Direction"/> "Inbound" or "Outbound",
/// <paramref name="Amount"/> the rated charge in <paramref name="Currency"/> (ISO 4217, at most 4 decimals),
/// <paramref name="ServiceId"/> the Services module's customer-facing service id (a number or trunk).
/// </summary>
public sealed record NewCallDetail(
    string ExternalId, Guid AccountId, string ServiceId, DateTimeOffset StartedAt, string From, string To, string Direction,
    int DurationSeconds, decimal Amount, string Currency);
