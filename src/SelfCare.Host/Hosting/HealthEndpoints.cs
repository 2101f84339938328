using Microsoft.EntityFrameworkCore;
using SelfCare.Host.Identity;

namespace SelfCare.Host.Hosting;

internal static class HealthEndpoints
{
    /// <summary>
    /// GET /health of a tenant: "ok" once its database answers one trivial query. For load balancers, and the benchmarks'
    /// floor: the cheapest request of the same pipeline that touches the database.
    /// </summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/health", async (TenantPlatformDbContext db, HttpContext http, CancellationToken ct) =>
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", ct);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text("ok");
        });
}
