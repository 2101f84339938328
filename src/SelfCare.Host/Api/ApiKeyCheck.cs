namespace SelfCare.Host.Api;

/// <summary>The outcome of checking a presented key: the key, or why it was refused (said in the 401 body).</summary>
internal sealed record ApiKeyCheck(ApiKey? Key, string? Failure)
{
    public static ApiKeyCheck Refused(string reason) => new(null, reason);
}
