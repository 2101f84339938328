using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfCare.Host.Demo;
using SelfCare.Host.Identity;
using SelfCare.Host.Jobs;
using SelfCare.Host.Modules;
using SelfCare.Platform.Data;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Tenancy;

/// <summary>
/// Activates a tenant on its first request (or job): migrates the platform schemas (registered in DI as
/// <see cref="SchemaDescriptor"/> singletons) and every module's
/// schema in its database, schedules its recurring jobs, then seeds demo data for demo tenants. Once per tenant per process;
/// a failed activation is retried by the next request.
/// </summary>
internal sealed class TenantActivator(
    TenantScopeFactory scopes, ModuleCatalog modules, IEnumerable<SchemaDescriptor> platformSchemas, RecurringJobSync recurringJobs,
    ILogger<TenantActivator> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> _activations = new(StringComparer.OrdinalIgnoreCase);

    public async Task EnsureActiveAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        var activation = _activations.GetOrAdd(tenant.Id, _ => new Lazy<Task>(() => ActivateAsync(tenant)));
        try
        {
            await activation.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (activation.Value.IsFaulted)
        {
            _activations.TryRemove(new KeyValuePair<string, Lazy<Task>>(tenant.Id, activation));
            throw;
        }
    }

    private async Task ActivateAsync(TenantInfo tenant)
    {
        var started = TimeProvider.System.GetTimestamp();
        await using var scope = scopes.CreateSystemScope(tenant);
        var services = scope.ServiceProvider;

        foreach (var schema in platformSchemas)
            await SchemaMigrator.MigrateAsync((DbContext)services.GetRequiredService(schema.DbContextType), schema, CancellationToken.None);
        await RoleSeeder.EnsureAsync(services.GetRequiredService<RoleManager<IdentityRole>>(), CancellationToken.None);
        foreach (var module in modules.Modules)
        {
            foreach (var schema in module.Manifest.Schemas)
                await SchemaMigrator.MigrateAsync((DbContext)services.GetRequiredService(schema.DbContextType), schema, CancellationToken.None);
        }
        await recurringJobs.EnsureAsync(tenant, CancellationToken.None);
        if (tenant.IsDemo)
            await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(tenant, CancellationToken.None);

        logger.LogInformation("Activated tenant {TenantId} in {Elapsed} ms", tenant.Id,
            TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }
}
