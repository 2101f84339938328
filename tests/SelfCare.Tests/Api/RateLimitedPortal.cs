using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Api;

/// <summary>The real host with a tiny API rate limit (burst 5, then 1 per second), so the limit is reached quickly.</summary>
public sealed class RateLimitedPortal() : ApiRateLimitPortal(burst: 5, permitsPerSecond: 1);
