using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Modules;
using SelfCare.Host.Tenancy;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Persistence;

/// <summary>Versioned schema scripts apply once per database and match the model, on both providers.</summary>
public abstract class SchemaMigrationTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    [Fact]
    public async Task Migrating_an_active_tenant_again_applies_nothing_and_every_mapped_table_answers()
    {
        using var client = portal.Client("http://localhost/calltower/");
        await client.GetStringAsync("login"); // activates the tenant

        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find("calltower")!;
        await using var scope = portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
        var services = scope.ServiceProvider;
        var schemas = portal.Services.GetRequiredService<ModuleCatalog>().Modules
            .SelectMany(m => m.Manifest.Schemas).Concat(portal.Services.GetServices<SelfCare.Platform.Data.SchemaDescriptor>()).ToList();

        foreach (var schema in schemas)
        {
            var db = (DbContext)services.GetRequiredService(schema.DbContextType);
            Assert.Equal(db.Database.IsNpgsql(), portal.UsesPostgres);
            await SchemaMigrator.MigrateAsync(db, schema, CancellationToken.None);
            await SchemaMigrator.MigrateAsync(db, schema, CancellationToken.None);
            var applied = await db.Database.SqlQueryRaw<string>($"SELECT id AS \"Value\" FROM \"__schema_{schema.Name}\"").ToListAsync();
            Assert.Equal(SchemaScripts.Load(schema, portal.UsesPostgres ? "postgres" : "sqlite").Select(s => s.Id), applied);

            // Every entity the model maps can be read: the scripts and the model agree.
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var query = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                    .MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
                await query.IgnoreQueryFilters().Take(1).ToListAsync();
            }
        }
    }

    [Fact]
    public async Task Concurrent_first_requests_activate_a_tenant_once()
    {
        var tenants = portal.Services.GetRequiredService<TenantRegistry>();
        Assert.NotNull(tenants.Find("accelerando"));
        var requests = Enumerable.Range(0, 12).Select(async _ =>
        {
            using var client = portal.Client("http://localhost/accelerando/");
            return (await client.GetAsync("login")).StatusCode;
        });
        Assert.All(await Task.WhenAll(requests), s => Assert.Equal(System.Net.HttpStatusCode.OK, s));
    }
}

public sealed class SchemaMigrationOnSqlite(SqlitePortal portal) : SchemaMigrationTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class SchemaMigrationOnPostgres(PostgresPortal portal) : SchemaMigrationTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
