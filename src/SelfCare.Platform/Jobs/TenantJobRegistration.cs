using Microsoft.Extensions.DependencyInjection;

namespace SelfCare.Platform.Jobs;

public static class TenantJobRegistration
{
    /// <summary>Registers a tenant job: resolvable per run, and known to the scheduler by its type name.</summary>
    public static IServiceCollection AddTenantJob<TJob>(this IServiceCollection services) where TJob : class, ITenantJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new TenantJobType(typeof(TJob)));
        return services;
    }
}
