using Microsoft.AspNetCore.Hosting;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Api;

/// <summary>The real host with a tiny API rate limit (burst 5, then 1 per second), so the limit is reached quickly.</summary>
public sealed class RateLimitedPortal() : PortalFactory(postgres: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SelfCare:Api:RateLimit:Burst", "5");
        builder.UseSetting("SelfCare:Api:RateLimit:PermitsPerSecond", "1");
    }
}
