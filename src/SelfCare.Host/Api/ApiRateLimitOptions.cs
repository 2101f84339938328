namespace SelfCare.Host.Api;

/// <summary>A token bucket per tenant and API key: <see cref="PermitsPerSecond"/> sustained, bursts up to <see cref="Burst"/>.</summary>
internal sealed class ApiRateLimitOptions
{
    public int PermitsPerSecond { get; set; } = 20;
    public int Burst { get; set; } = 40;
}
