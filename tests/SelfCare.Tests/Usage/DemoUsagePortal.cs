using Microsoft.AspNetCore.Hosting;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Usage;

/// <summary>The SQLite portal with CallTower's demo call detail records turned on (2,000 rows; the default is none).</summary>
public sealed class DemoUsagePortal() : PortalFactory(postgres: false)
{
    public const int Rows = 2000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SelfCare:Demo:CallDetailRows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
