using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Identity;

/// <summary>What Manage Users changes, with the admin's limits checked (role never above theirs, accounts in their scope).</summary>
internal sealed class UserChanges(
    TenantPlatformDbContext db, UserManager<PortalUser> users, UserAdministration admin, UserEmails emails, SecurityAudit audit)
{
    /// <summary>Adds errors to <paramref name="state"/> for a role or account the admin may not grant.</summary>
    public void Validate(UserInput input, ModelStateDictionary state)
    {
        if (!string.IsNullOrEmpty(input.Role) && !admin.GrantableRoles.Contains(input.Role))
            state.AddModelError("Input.Role", "You cannot grant this role.");
        if (input.Accounts.Any(a => !admin.MayLink(a)))
            state.AddModelError("Input.Accounts", "Choose accounts from the list only.");
        else if (UserAdministration.IsCustomerRole(input.Role) && input.Accounts.Count == 0)
            state.AddModelError("Input.Accounts", "Choose at least one account for a customer user.");
    }

    /// <summary>Creates the user without a password and queues their welcome email with an access code.</summary>
    public async Task<(PortalUser? User, IEnumerable<string> Errors)> CreateAsync(
        UserInput input, string? phone, CancellationToken ct, string? externalId = null)
    {
        var email = input.Email.Trim();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = input.Name.Trim(), PhoneNumber = phone, ExternalId = externalId };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            return (null, created.Errors.Select(Describe));
        await users.AddToRoleAsync(user, input.Role);
        LinkAccounts(user, input);
        await emails.QueueWelcomeAsync(user, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(SecurityEventKind.UserCreated, user, detail: PortalRoles.DisplayName(input.Role), ct: ct);
        await transaction.CommitAsync(ct);
        await emails.DispatchAsync(ct);
        return (user, []);
    }

    public async Task<IEnumerable<string>> UpdateGeneralAsync(PortalUser user, UserInput input, CancellationToken ct)
    {
        var email = input.Email.Trim();
        user.DisplayName = input.Name.Trim();
        if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            user.Email = email;
            user.UserName = email;
            user.EmailConfirmed = false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
            return updated.Errors.Select(Describe);
        var current = (await users.GetRolesAsync(user)).FirstOrDefault();
        if (current != input.Role)
        {
            if (current is not null)
                await users.RemoveFromRoleAsync(user, current);
            await users.AddToRoleAsync(user, input.Role);
            // A changed role must not linger in the user's open sessions.
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(SecurityEventKind.RoleChanged, user,
                detail: $"{(current is null ? "none" : PortalRoles.DisplayName(current))} -> {PortalRoles.DisplayName(input.Role)}", ct: ct);
        }
        db.AccountLinks.RemoveRange(await db.AccountLinks.Where(l => l.UserId == user.Id).ToListAsync(ct));
        LinkAccounts(user, input);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return [];
    }

    public async Task SetActiveAsync(PortalUser user, bool active, CancellationToken ct)
    {
        if (user.IsActive == active)
            return;
        user.IsActive = active;
        await users.UpdateAsync(user);
        // A new stamp refuses every cookie issued before: the user is signed out everywhere at their next request.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(active ? SecurityEventKind.UserReactivated : SecurityEventKind.UserDeactivated, user, ct: ct);
    }

    public async Task SendResetAsync(PortalUser user, CancellationToken ct)
    {
        // A user who never activated gets a fresh welcome code instead.
        if (user.PasswordHash is null)
            await emails.QueueWelcomeAsync(user, ct);
        else
            await emails.QueueResetAsync(user, ct);
        await db.SaveChangesAsync(ct);
        await emails.DispatchAsync(ct);
    }

    private void LinkAccounts(PortalUser user, UserInput input)
    {
        if (!UserAdministration.IsCustomerRole(input.Role))
            return;
        foreach (var account in input.Accounts.Distinct())
            db.AccountLinks.Add(new UserAccountLink { UserId = user.Id, AccountId = account });
    }

    private static string Describe(IdentityError error) =>
        error.Code is "DuplicateEmail" or "DuplicateUserName" ? "Another login already uses this email address." : error.Description;
}
