namespace SelfCare.Usage.Export;

/// <summary>One call as the Calls page lists it: <paramref name="Started"/> is the tenant's wall-clock time.</summary>
internal sealed record CdrExportRow(
    DateTime Started, string Account, string AccountName, string ServiceId, string From, string To, string Direction,
    long DurationSeconds, decimal Amount, string Currency, DateOnly BillingCycle);
