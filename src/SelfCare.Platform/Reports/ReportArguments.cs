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
    TimeZoneInfo TimeZone)
{
    /// <summary>The first calendar day of the range in <see cref="TimeZone"/> (for rows dated without a time), or null.</summary>
    public DateOnly? FromDate => From is { } from ? LocalDate(from) : null;

    /// <summary>The first day after the range (exclusive): a stop at local midnight excludes that day, a later stop includes it.</summary>
    public DateOnly? ToDate => To is { } to
        ? TimeZoneInfo.ConvertTime(to, TimeZone).TimeOfDay == TimeSpan.Zero ? LocalDate(to) : LocalDate(to).AddDays(1)
        : null;

    /// <summary>The value chosen for a Choice parameter, or null when none was.</summary>
    public string? Choice(string key) => Choices.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
}
