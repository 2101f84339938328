namespace SelfCare.Platform.Reports;

/// <summary>
/// A run's parameters, validated and resolved by the Reports module: <paramref name="From"/> (inclusive) and
/// <paramref name="To"/> (exclusive) are instants; <paramref name="BillingCycle"/> is the first day of the billed month;
/// <paramref name="AccountIds"/> is null for "every account the caller sees", else accounts already checked to be in
/// the caller's scope (an account group expanded); <paramref name="Choices"/> holds Choice parameters by key;
/// <paramref name="TimeZone"/> is the tenant's, for wall-clock date-times in rows.
/// </summary>
public sealed record ReportArguments(
    DateTimeOffset? From,
    DateTimeOffset? To,
    DateOnly? BillingCycle,
    IReadOnlyList<Guid>? AccountIds,
    IReadOnlyDictionary<string, string> Choices,
    TimeZoneInfo TimeZone);
