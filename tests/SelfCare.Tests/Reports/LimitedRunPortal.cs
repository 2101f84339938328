using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Reports.Running;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>A portal whose Run Report shows at most <see cref="RowLimit"/> rows on screen, so a small report passes the limit.</summary>
public abstract class LimitedRunPortal(bool postgres) : PortalFactory(postgres)
{
    public const int RowLimit = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped(_ => new ReportRunner { RowLimit = RowLimit }));
    }
}
