using Microsoft.EntityFrameworkCore;
using Quartz;
using SelfCare.Host.Features;
using SelfCare.Host.HostData;
using SelfCare.Host.Identity;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Hosting;

internal static class HealthEndpoints
{
    /// <summary>
    /// GET /health of a tenant: "ok" once its database answers one trivial query (load balancers, and the benchmarks' floor:
    /// the cheapest request of the same pipeline that touches the database). GET /health/live: the process answers (no I/O).
    /// GET /health/ready: the host registry database and the job store answer, and the tenant's database when asked on a
    /// tenant's address; 503 with the failing checks otherwise, so a load balancer takes the node out until they recover.
    /// </summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (TenantPlatformDbContext db, HttpContext http, CancellationToken ct) =>
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text("ok");
        });
        endpoints.MapGet("/health/live", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text("ok");
        }).WithMetadata(EndpointAudience.Any);
        endpoints.MapGet("/health/ready", ReadyAsync).WithMetadata(EndpointAudience.Any);
    }

    private static async Task<IResult> ReadyAsync(HttpContext http, HostDbContext host, ISchedulerFactory schedulers, ITenantContext tenant,
        ILoggerFactory loggers, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var checks = new Dictionary<string, string>
        {
            ["host database"] = await CheckAsync(() => host.Database.ExecuteSqlRawAsync("SELECT 1", ct)),
            ["job store"] = await CheckAsync(async () =>
            {
                var scheduler = await schedulers.GetScheduler(ct);
                if (await scheduler.GetStatus(ct) != SchedulerStatus.Running)
                    throw new InvalidOperationException("The scheduler is not running.");
                // Reads the (clustered) job store's tables: a store that cannot be reached throws.
                await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals("health-probe"), ct);
            }),
        };
        if (tenant.Tenant is not null)
        {
            var db = http.RequestServices.GetRequiredService<TenantPlatformDbContext>();
            checks["tenant database"] = await CheckAsync(() => db.Database.ExecuteSqlRawAsync("SELECT 1", ct));
        }
        var ready = checks.Values.All(v => v == "ok");
        if (!ready)
            loggers.CreateLogger("SelfCare.Health").LogWarning("Not ready: {Checks}", string.Join("; ", checks.Select(c => $"{c.Key}: {c.Value}")));
        return Results.Json(new { status = ready ? "ready" : "unavailable", checks }, statusCode: ready ? 200 : 503);
    }

    private static async Task<string> CheckAsync(Func<Task> check)
    {
        try
        {
            await check();
            return "ok";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message only: connection strings and stack traces stay in the log.
            return "failed: " + e.GetType().Name;
        }
    }
}
