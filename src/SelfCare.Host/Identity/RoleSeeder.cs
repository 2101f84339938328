using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Identity;

/// <summary>Makes sure the four portal roles exist in a tenant database.</summary>
internal static class RoleSeeder
{
    public static async Task EnsureAsync(RoleManager<IdentityRole> roles, CancellationToken ct)
    {
        var existing = await roles.Roles.Select(r => r.Name).ToListAsync(ct);
        foreach (var role in PortalRoles.All.Except(existing))
        {
            var result = await roles.CreateAsync(new IdentityRole(role));
            if (!result.Succeeded)
                throw new InvalidOperationException($"Could not create role {role}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
