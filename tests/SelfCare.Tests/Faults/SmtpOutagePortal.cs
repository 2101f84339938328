using Microsoft.AspNetCore.Hosting;
using SelfCare.Tests.Email;

namespace SelfCare.Tests.Faults;

/// <summary>The email test host, with attempts to spare: an outage of several seconds must not dead-letter anything.</summary>
public sealed class SmtpOutagePortal() : EmailPortalBase(postgres: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SelfCare:Email:MaxAttempts", "30");
    }
}
