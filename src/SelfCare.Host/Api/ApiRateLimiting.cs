using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SelfCare.Platform.Api;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Api;

/// <summary>
/// One token bucket per tenant and API key (ASP.NET Core rate limiter), so one reseller's busy integration
/// cannot starve another's. Over the limit: 429 with Retry-After and a problem body.
/// </summary>
internal static class ApiRateLimiting
{
    public const string Policy = "selfcare-api-v1";

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(o => o.AddPolicy(Policy, Partition));
        services.Configure<RateLimiterOptions>(o =>
        {
            var previous = o.OnRejected;
            o.OnRejected = (context, ct) => context.HttpContext.Request.Path.StartsWithSegments(ApiAuthentication.V1Prefix)
                ? RejectAsync(context)
                : previous?.Invoke(context, ct) ?? ValueTask.CompletedTask;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RateLimit;
        var tenant = context.RequestServices.GetRequiredService<ITenantContext>().Tenant?.Id ?? "-";
        var caller = context.User.Identity?.AuthenticationType == ApiAuthentication.Scheme
            ? "key:" + context.User.FindFirstValue(ClaimTypes.NameIdentifier)
            : "ip:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.GetTokenBucketLimiter($"{tenant}|{caller}", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limits.Burst),
            TokensPerPeriod = Math.Max(1, limits.PermitsPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests.",
            $"This API key sent more requests than its limit allows. Wait {seconds} s, then go on more slowly.");
    }
}
