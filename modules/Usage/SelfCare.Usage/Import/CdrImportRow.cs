namespace SelfCare.Usage.Import;

/// <summary>
/// One row as a reader parsed it, before validation. <paramref name="Position"/> names it for error messages
/// ("rows[3]" in JSON, "line 5" in CSV); <paramref name="ReadErrors"/> holds what the reader could not parse (field, message).
/// </summary>
internal sealed record CdrImportRow(
    string Position, string? Id, string? Start, string? From, string? To, string? Direction, long? DurationSeconds, decimal? Amount,
    string? Currency, string? ServiceId, string? Account, string? BillingCycle, IReadOnlyList<(string Field, string Message)>? ReadErrors = null);
