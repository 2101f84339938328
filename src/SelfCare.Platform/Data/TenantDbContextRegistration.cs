using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Platform.Data;

public static class TenantDbContextRegistration
{
    /// <summary>
    /// Registers a DbContext bound to the current tenant's own database (never pooled: a pooled
    /// context would keep one tenant's connection for the next, EF Core #14625).
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services)
        where TContext : DbContext =>
        services.AddDbContext<TContext>((sp, options) =>
            options.UseDatabase(sp.GetRequiredService<ITenantContext>().Current.Database));

    public static DbContextOptionsBuilder UseDatabase(this DbContextOptionsBuilder options, DatabaseTarget database) =>
        database.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString),
            DatabaseProvider.Postgres => options.UseNpgsql(database.ConnectionString),
            _ => throw new InvalidOperationException($"Unknown database provider {database.Provider}."),
        };
}
