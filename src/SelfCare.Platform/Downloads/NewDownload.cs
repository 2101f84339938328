namespace SelfCare.Platform.Downloads;

/// <summary>
/// A file for the Downloads tab: <paramref name="FileName"/> with its extension, <paramref name="ContentType"/> as served,
/// <paramref name="Source"/> what made it ("CDR file", "Report run"), <paramref name="Key"/> an optional idempotency key
/// (adding a second file with the same key for the same account replaces nothing and returns the first file's id).
/// </summary>
public sealed record NewDownload(Guid AccountId, string FileName, string ContentType, string Source, string? Key = null);
