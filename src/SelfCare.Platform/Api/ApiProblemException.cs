namespace SelfCare.Platform.Api;

/// <summary>
/// Thrown by v1 request binding (paging, JSON bodies) when the caller sent something unusable; the host answers
/// it on /api/v1 with a problem body of <see cref="Status"/> (400 with per-field <see cref="Errors"/> by default).
/// </summary>
public sealed class ApiProblemException(int status, string title, string? detail = null, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
    public IReadOnlyDictionary<string, string[]>? Errors { get; } = errors;

    public static ApiProblemException Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(400, "The request has invalid fields.", "See errors: each names a field and what is wrong with it.", errors);
}
