using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SelfCare.Host.Hosting;

internal static class ForwardedHeadersSetup
{
    /// <summary>
    /// Behind a reverse proxy (nginx) the client's address and scheme come from X-Forwarded-For/-Proto: cookies are then
    /// marked Secure and links use https. Only loopback and <see cref="SelfCareOptions.TrustedProxies"/> are believed.
    /// The Host header is the proxy's to pass through unchanged (tenants are resolved from it).
    /// </summary>
    public static void AddSelfCareForwardedHeaders(this IServiceCollection services, SelfCareOptions options) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.TrustedProxies)
                o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
}
