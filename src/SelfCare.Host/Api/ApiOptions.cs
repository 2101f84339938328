namespace SelfCare.Host.Api;

/// <summary>The "SelfCare:Api" configuration section.</summary>
internal sealed class ApiOptions
{
    public const string Section = "SelfCare:Api";

    public ApiRateLimitOptions RateLimit { get; set; } = new();
}
