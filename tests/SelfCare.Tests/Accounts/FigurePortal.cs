using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Accounts;

/// <summary>The real host (SQLite) with two extra figure sources: one that counts its calls, one of a module that is off.</summary>
public sealed class FigurePortal() : PortalFactory(postgres: false)
{
    public FigureCalls Calls => Services.GetRequiredService<FigureCalls>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<FigureCalls>();
            services.AddScoped<IAccountFigureSource, CountingFigureSource>();
            services.AddScoped<IAccountFigureSource, DisabledModuleFigureSource>();
        });
    }
}
