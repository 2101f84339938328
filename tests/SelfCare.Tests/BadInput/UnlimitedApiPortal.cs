using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.BadInput;

/// <summary>The real host with an API rate limit the sweep never reaches, so every request reaches its endpoint.</summary>
public sealed class UnlimitedApiPortal() : ApiRateLimitPortal(burst: 100_000, permitsPerSecond: 10_000);
