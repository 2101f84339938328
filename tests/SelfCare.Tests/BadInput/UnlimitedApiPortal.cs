using Microsoft.AspNetCore.Hosting;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.BadInput;

/// <summary>The real host with an API rate limit the sweep never reaches, so every request reaches its endpoint.</summary>
public sealed class UnlimitedApiPortal() : PortalFactory(postgres: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SelfCare:Api:RateLimit:Burst", "100000");
        builder.UseSetting("SelfCare:Api:RateLimit:PermitsPerSecond", "10000");
    }
}
