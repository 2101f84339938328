using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Api;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Identity;

/// <summary>
/// The users API: creates a user by external id (no password; the welcome email carries the access code, as for Add
/// user), replaces an existing one's name, email, role, accounts, phone and active flag, reads and deactivates.
/// </summary>
internal sealed class UserApi(TenantPlatformDbContext db, UserManager<PortalUser> users, UserChanges changes, IAccountReferences accounts)
{
    public async Task<UpsertOutcome<UserV1>> UpsertAsync(UpsertRequest<UserUpsertV1> request)
    {
        var (body, ct) = (request.Body, request.CancellationToken);
        var errors = Validate(body);
        var linked = errors.Any ? [] : await ResolveAccountsAsync(body, errors, ct);
        if (errors.Any)
            return UpsertOutcome<UserV1>.Invalid(errors);
        var input = new UserInput { Name = body.Name!.Trim(), Email = body.Email!.Trim(), Role = body.Role!, Accounts = linked };
        var phone = string.IsNullOrWhiteSpace(body.Phone) ? null : body.Phone.Trim();

        return await UpsertRetry.RunAsync(db, async () =>
        {
            var user = await users.Users.FirstOrDefaultAsync(u => u.ExternalId == request.ExternalId, ct);
            if (user is null)
            {
                var (created, problems) = await changes.CreateAsync(input, phone, ct, request.ExternalId);
                if (created is null)
                    return Invalid(problems);
                if (body.Active == false)
                    await changes.SetActiveAsync(created, false, ct);
                return UpsertOutcome<UserV1>.Created(await ToV1Async(created, ct));
            }
            var refused = (await changes.UpdateGeneralAsync(user, input, ct)).ToList();
            if (refused.Count > 0)
                return Invalid(refused);
            if (user.PhoneNumber != phone)
            {
                user.PhoneNumber = phone;
                await users.UpdateAsync(user);
            }
            await changes.SetActiveAsync(user, body.Active ?? true, ct);
            return UpsertOutcome<UserV1>.Updated(await ToV1Async(user, ct));
        });
    }

    public async Task<UserV1?> FindAsync(string externalId, CancellationToken ct) =>
        await users.Users.FirstOrDefaultAsync(u => u.ExternalId == externalId, ct) is { } user ? await ToV1Async(user, ct) : null;

    /// <summary>Deactivates the user (signed out everywhere at their next request); null when no user has the id.</summary>
    public async Task<UserV1?> DeactivateAsync(string externalId, CancellationToken ct)
    {
        if (await users.Users.FirstOrDefaultAsync(u => u.ExternalId == externalId, ct) is not { } user)
            return null;
        await changes.SetActiveAsync(user, false, ct);
        return await ToV1Async(user, ct);
    }

    private static UpsertOutcome<UserV1> Invalid(IEnumerable<string> problems)
    {
        var errors = new ApiErrors();
        foreach (var problem in problems)
            errors.Add("email", problem);
        return UpsertOutcome<UserV1>.Invalid(errors);
    }

    private static ApiErrors Validate(UserUpsertV1 body)
    {
        var errors = new ApiErrors()
            .Text("email", "The email address", body.Email, 256, required: true)
            .Text("name", "The name", body.Name, 200, required: true)
            .Text("phone", "The phone", body.Phone, 40, required: false);
        if (!errors.Has("email") && !new EmailAddressAttribute().IsValid(body.Email!.Trim()))
            errors.Add("email", "The email address must look like name@example.com.");
        if (!PortalRoles.All.Contains(body.Role ?? ""))
            errors.Add("role", $"The role is one of {string.Join(", ", PortalRoles.All)}.");
        var named = (body.AccountExternalIds?.Count ?? 0) + (body.AccountNumbers?.Count ?? 0);
        if (UserAdministration.IsCustomerRole(body.Role) && named == 0)
            errors.Add("accountExternalIds", "A customer user needs at least one account: accountExternalIds or accountNumbers.");
        else if (!UserAdministration.IsCustomerRole(body.Role) && named > 0 && !errors.Has("role"))
            errors.Add("accountExternalIds", "Staff and tenant admins see every account; name no accounts.");
        foreach (var id in body.AccountExternalIds ?? [])
            errors.Check("accountExternalIds", id);
        if (named > 100)
            errors.Add("accountExternalIds", "Name at most 100 accounts.");
        return errors;
    }

    private async Task<List<Guid>> ResolveAccountsAsync(UserUpsertV1 body, ApiErrors errors, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var externalId in body.AccountExternalIds ?? [])
        {
            if (await accounts.FindAsync(externalId, null, ct) is { } account)
                ids.Add(account.Id);
            else
                errors.Add("accountExternalIds", $"No account has the external id '{externalId}'.");
        }
        foreach (var number in body.AccountNumbers ?? [])
        {
            if (!string.IsNullOrWhiteSpace(number) && number.Length <= 40 && await accounts.FindAsync(null, number.Trim(), ct) is { } account)
                ids.Add(account.Id);
            else
                errors.Add("accountNumbers", $"No account has the number '{number}'.");
        }
        return [.. ids.Distinct()];
    }

    private async Task<UserV1> ToV1Async(PortalUser user, CancellationToken ct)
    {
        var role = (await users.GetRolesAsync(user)).FirstOrDefault();
        var linked = await db.AccountLinks.AsNoTracking().Where(l => l.UserId == user.Id).Select(l => l.AccountId).ToListAsync(ct);
        var references = linked.Count == 0 ? [] : await accounts.FindAsync(linked, ct);
        return new UserV1(user.Id, user.ExternalId, user.Email ?? "", user.DisplayName, role,
            [.. references.OrderBy(a => a.Number).Select(a => new UserAccountV1(a.Id, a.Number, a.ExternalId))],
            user.PhoneNumber, user.IsActive, user.PasswordHash is not null);
    }
}
