using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfCare.Host.Email.Outbox;
using SelfCare.Host.HostData;
using SelfCare.Host.Identity;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Provisioning;

/// <summary>Creates, disables and enables tenants. A created tenant serves requests at once: no restart.</summary>
internal sealed class TenantProvisioning(
    HostDbContext db, TenantRequestValidator validator, TenantRegistry registry, TenantActivator activator,
    TenantScopeFactory scopes, TimeProvider clock)
{
    public async Task<ProvisioningResult> CreateAsync(CreateTenantRequest request, CancellationToken ct)
    {
        var existing = await db.Tenants.AsNoTracking().ToListAsync(ct);
        var (record, errors) = validator.Validate(request, new TakenNames(existing), clock.GetUtcNow(), requireAdminEmail: true);
        if (record is null)
            return new ProvisioningResult(null, errors);

        db.Tenants.Add(record);
        await db.SaveChangesAsync(ct);
        await registry.ReloadAsync(ct);
        var tenant = registry.Find(record.Id)!;
        await activator.EnsureActiveAsync(tenant, ct);
        var activation = await CreateFirstAdminAsync(tenant, record.FirstAdminEmail!, ct);
        return new ProvisioningResult(new TenantCreated(tenant, activation), errors);
    }

    public async Task<TenantInfo?> SetStateAsync(string id, TenantState state, CancellationToken ct)
    {
        var record = await db.Tenants.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (record is null)
            return null;
        record.State = state.ToString();
        await db.SaveChangesAsync(ct);
        await registry.ReloadAsync(ct);
        return registry.Find(id);
    }

    private async Task<string> CreateFirstAdminAsync(TenantInfo tenant, string email, CancellationToken ct)
    {
        await using var scope = scopes.CreateSystemScope(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        // The admin and their welcome email commit together (UserManager saves through this same scoped context).
        var db = scope.ServiceProvider.GetRequiredService<TenantPlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new PortalUser { UserName = email, Email = email, DisplayName = "Administrator" };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, PortalRoles.TenantAdmin));
        var code = await scope.ServiceProvider.GetRequiredService<AccessCodes>().IssueAsync(user, AccessCodePurpose.Activate, ct);
        await scope.ServiceProvider.GetRequiredService<TenantWelcomeSender>().QueueAsync(db, email, code, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().DispatchAsync(ct);
        var path = tenant.Prefix is not null ? $"/{tenant.Prefix}/activate" : "/activate";
        return $"{path}?email={Uri.EscapeDataString(email)}&code={Uri.EscapeDataString(code)}";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
