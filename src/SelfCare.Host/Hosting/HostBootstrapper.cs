using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCare.Host.HostData;
using SelfCare.Host.Jobs;
using SelfCare.Host.Provisioning;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Data;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Hosting;

/// <summary>
/// Start-up work that touches only the host database: migrate it, seed tenants and the first host operator
/// when it is new, load the registry. No tenant is activated here, so start-up does not grow with tenants.
/// </summary>
internal sealed class HostBootstrapper(
    HostDbContext db, TenantRequestValidator validator, TenantRegistry registry, IOptions<SelfCareOptions> options, IOptions<JobStoreOptions> jobStore,
    IHostEnvironment environment, TimeProvider clock, ILogger<HostBootstrapper> logger)
{
    public static readonly SchemaDescriptor Schema = new("host", typeof(HostDbContext), typeof(HostDbContext).Assembly, "HostData/Migrations");

    public async Task RunAsync(CancellationToken ct)
    {
        await SchemaMigrator.MigrateAsync(db, Schema, ct);
        if (jobStore.Value.Provider == DatabaseProvider.Postgres)
            await JobStoreDatabase.EnsureExistsAsync(jobStore.Value.ConnectionString, ct);
        if (!await db.Tenants.AnyAsync(ct))
            await SeedTenantsAsync(ct);
        if (!await db.Operators.AnyAsync(ct))
            await SeedOperatorAsync(ct);
        await registry.ReloadAsync(ct);
        logger.LogInformation("Host ready with {Count} tenants", registry.All.Count);
    }

    private async Task SeedTenantsAsync(CancellationToken ct)
    {
        var path = Path.IsPathRooted(options.Value.TenantsFile)
            ? options.Value.TenantsFile
            : new[] { environment.ContentRootPath, AppContext.BaseDirectory }
                .Select(root => Path.Combine(root, options.Value.TenantsFile)).FirstOrDefault(File.Exists);
        if (path is null || !File.Exists(path))
        {
            logger.LogWarning("No tenants file found ({File}); the host starts with no tenants", options.Value.TenantsFile);
            return;
        }
        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<TenantsFile>(stream, JsonSerializerOptions.Web, ct)
                   ?? throw new InvalidOperationException($"{path} is empty.");
        var records = new List<TenantRecord>();
        var taken = new TakenNames([]);
        foreach (var entry in file.Tenants)
        {
            var (record, errors) = validator.Validate(entry, taken, clock.GetUtcNow(), requireAdminEmail: false);
            if (record is null)
                throw new InvalidOperationException(
                    $"Tenant '{entry.Id}' in {path} is not valid: {string.Join(" ", errors.SelectMany(e => e.Value))}");
            record.IsDemo = entry.Demo;
            records.Add(record);
            taken.Add(record);
        }
        db.Tenants.AddRange(records);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} tenants from {File}", records.Count, path);
    }

    private async Task SeedOperatorAsync(CancellationToken ct)
    {
        var admin = options.Value.HostAdmin;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrEmpty(admin.Password))
            return;
        var hostOperator = new HostOperator { Id = Guid.NewGuid(), Email = admin.Email.Trim(), PasswordHash = "" };
        hostOperator.PasswordHash = new PasswordHasher<HostOperator>().HashPassword(hostOperator, admin.Password);
        db.Operators.Add(hostOperator);
        await db.SaveChangesAsync(ct);
    }
}
