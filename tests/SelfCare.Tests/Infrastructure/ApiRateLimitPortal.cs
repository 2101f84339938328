using Microsoft.AspNetCore.Hosting;

namespace SelfCare.Tests.Infrastructure;

/// <summary>The real host (SQLite) with its per-key API rate limit set by the test fixture that derives from it.</summary>
public abstract class ApiRateLimitPortal(int burst, int permitsPerSecond) : PortalFactory(postgres: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SelfCare:Api:RateLimit:Burst", burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SelfCare:Api:RateLimit:PermitsPerSecond", permitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
