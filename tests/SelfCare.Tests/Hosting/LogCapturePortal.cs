using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Hosting;

/// <summary>A SQLite portal whose log entries (routing's included) are kept in <see cref="Logs"/>.</summary>
public sealed class LogCapturePortal() : PortalFactory(postgres: false)
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Debug);
        });
    }
}
