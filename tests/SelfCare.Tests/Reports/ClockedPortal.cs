using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>The SQLite portal with a hand-moved clock (late October 2026, before the US fall-back change).</summary>
public sealed class ClockedPortal() : PortalFactory(postgres: false)
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 10, 30, 0, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
