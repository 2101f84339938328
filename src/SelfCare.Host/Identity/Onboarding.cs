using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Email;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Identity;

/// <summary>
/// Sign-ups and portal access requests from people without a login. Every submission is stored (also one naming no
/// account), so the answer, the emails sent to the requester and the rate limit never tell whether an account exists.
/// </summary>
internal sealed class Onboarding(
    TenantPlatformDbContext db, IEmailOutbox outbox, TenantPortalUrls urls, ITenantContext tenant, TenantScopeFactory tenantScopes,
    IStaffDirectory staff, IAccountScope scope, TimeProvider clock)
{
    public const int PerAddressPerHour = 5;
    public const int PerEmailPerDay = 3;

    private string Portal => urls.For(tenant.Current);

    public async Task<OnboardingMode> ModeAsync(CancellationToken ct) =>
        (await db.Set<OnboardingSetting>().AsNoTracking().FirstOrDefaultAsync(ct))?.Mode ?? OnboardingMode.SignUp;

    public async Task SetModeAsync(OnboardingMode mode, CancellationToken ct)
    {
        var setting = await db.Set<OnboardingSetting>().FirstOrDefaultAsync(ct);
        if (setting is null)
            db.Add(new OnboardingSetting { Mode = mode });
        else
            setting.Mode = mode;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>False when this address or email has asked too often; nothing is stored or sent then.</summary>
    public async Task<bool> WithinLimitAsync(string email, string? ip, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hourAgo = now.AddHours(-1);
        var dayAgo = now.AddDays(-1);
        var normalized = email.Trim().ToLowerInvariant();
        // No address (a test host, a proxy without forwarding): only the per-email limit applies.
        return (ip is null || await db.OnboardingRequests.CountAsync(r => r.IpAddress == ip && r.CreatedAt > hourAgo, ct) < PerAddressPerHour)
               && await db.OnboardingRequests.CountAsync(r => r.Email == normalized && r.CreatedAt > dayAgo, ct) < PerEmailPerDay;
    }

    public async Task SignUpAsync(SignUpInput input, string? ip, CancellationToken ct)
    {
        var request = New(OnboardingRequestKind.SignUp, input.Name, input.Email, input.Phone, input.Message, ip);
        request.AccountNumber = input.AccountNumber.Trim();
        var (account, reviewers) = await ReviewersAsync(request.AccountNumber, ct);
        var taken = await db.Users.AnyAsync(u => u.NormalizedEmail == request.Email.ToUpperInvariant(), ct);
        request.AccountId = account?.Id;
        request.Status = account is null || taken ? OnboardingRequestStatus.Unmatched : OnboardingRequestStatus.Pending;
        db.OnboardingRequests.Add(request);
        if (request.Status == OnboardingRequestStatus.Pending)
        {
            var model = new SignUpRequestedModel(request.Name, request.Email, request.Phone, account!.Number, account.Name, request.Message,
                $"{Portal}/users/requests");
            foreach (var reviewer in reviewers)
                await outbox.AddAsync(db, OnboardingEmailTemplates.SignUpRequested, model, reviewer, ct);
        }
        await db.SaveChangesAsync(ct);
        await outbox.DispatchAsync(ct);
    }

    public async Task RequestAccessAsync(AccessRequestInput input, string? ip, CancellationToken ct)
    {
        var request = New(OnboardingRequestKind.Access, input.Name, input.Email, input.Phone, input.Message, ip);
        request.Company = input.Company.Trim();
        db.OnboardingRequests.Add(request);
        var model = new AccessRequestedModel(request.Name, request.Company, request.Email, request.Phone, request.Message, $"{Portal}/users/access-requests");
        foreach (var recipient in await staff.StaffRecipientsAsync(ct))
            await outbox.AddAsync(db, OnboardingEmailTemplates.AccessRequested, model, recipient, ct);
        await db.SaveChangesAsync(ct);
        await outbox.DispatchAsync(ct);
    }

    /// <summary>Pending sign-ups for accounts this admin sees (a tenant admin: all), oldest first.</summary>
    public async Task<IReadOnlyList<PendingSignUp>> PendingAsync(IAccountDirectory directory, CancellationToken ct)
    {
        var pending = await db.OnboardingRequests.AsNoTracking()
            .Where(r => r.Kind == OnboardingRequestKind.SignUp && r.Status == OnboardingRequestStatus.Pending)
            .OrderBy(r => r.CreatedAt).ToListAsync(ct);
        pending = [.. pending.Where(r => r.AccountId is { } id && scope.CanSee(id))];
        var accounts = (await directory.FindAsync(pending.Select(r => r.AccountId!.Value).Distinct().ToList(), ct)).ToDictionary(a => a.Id);
        return [.. pending.Where(r => accounts.ContainsKey(r.AccountId!.Value))
            .Select(r => new PendingSignUp(r, $"{accounts[r.AccountId!.Value].Number} - {accounts[r.AccountId!.Value].Name}"))];
    }

    /// <summary>A pending sign-up of an account this admin sees; null otherwise (the page answers 404).</summary>
    public async Task<OnboardingRequest?> FindPendingAsync(Guid id, CancellationToken ct)
    {
        var request = await db.OnboardingRequests.FirstOrDefaultAsync(
            r => r.Id == id && r.Kind == OnboardingRequestKind.SignUp && r.Status == OnboardingRequestStatus.Pending, ct);
        return request is { AccountId: { } account } && scope.CanSee(account) ? request : null;
    }

    /// <summary>Records the decision and queues its email to the requester (an approval's welcome email is the caller's).</summary>
    public async Task DecideAsync(OnboardingRequest request, bool approved, string accountName, string? decidedBy, CancellationToken ct)
    {
        request.Status = approved ? OnboardingRequestStatus.Approved : OnboardingRequestStatus.Rejected;
        request.DecidedAt = clock.GetUtcNow().UtcDateTime;
        request.DecidedBy = decidedBy;
        await outbox.AddAsync(db, OnboardingEmailTemplates.SignUpDecided,
            new SignUpDecidedModel(request.Name, accountName, approved, $"{Portal}/login"), new EmailRecipient(request.Email, request.Name), ct);
        await db.SaveChangesAsync(ct);
        await outbox.DispatchAsync(ct);
    }

    public Task<List<OnboardingRequest>> AccessRequestsAsync(bool includeHandled, CancellationToken ct) =>
        db.OnboardingRequests.AsNoTracking()
            .Where(r => r.Kind == OnboardingRequestKind.Access && (includeHandled || r.Status == OnboardingRequestStatus.Pending))
            .OrderByDescending(r => r.CreatedAt).Take(500).ToListAsync(ct);

    public async Task<bool> MarkHandledAsync(Guid id, string? by, CancellationToken ct)
    {
        var request = await db.OnboardingRequests.FirstOrDefaultAsync(
            r => r.Id == id && r.Kind == OnboardingRequestKind.Access && r.Status == OnboardingRequestStatus.Pending, ct);
        if (request is null)
            return false;
        request.Status = OnboardingRequestStatus.Handled;
        request.DecidedAt = clock.GetUtcNow().UtcDateTime;
        request.DecidedBy = by;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The account by number and who decides: the active customer admins linked to it or to an ancestor, else (nobody
    /// there) the tenant's staff and admins. Read in a system scope: the requester has no login, so no account scope.
    /// </summary>
    private async Task<(AccountEntry? Account, IReadOnlyList<EmailRecipient> Reviewers)> ReviewersAsync(string number, CancellationToken ct)
    {
        await using var system = tenantScopes.CreateSystemScope(tenant.Current);
        var all = await system.ServiceProvider.GetRequiredService<IAccountDirectory>().FindAsync(null, ct);
        var account = all.FirstOrDefault(a => string.Equals(a.Number, number, StringComparison.OrdinalIgnoreCase));
        if (account is null)
            return (null, []);
        var byId = all.ToDictionary(a => a.Id);
        var line = new List<Guid>();
        for (AccountEntry? a = account; a is not null && !line.Contains(a.Id); a = a.ParentId is { } p ? byId.GetValueOrDefault(p) : null)
            line.Add(a.Id);
        var admins = await (
                from link in db.AccountLinks
                join user in db.Users on link.UserId equals user.Id
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where line.Contains(link.AccountId) && role.Name == PortalRoles.CustomerAdmin && user.IsActive && user.Email != null
                select new { user.Email, user.DisplayName })
            .Distinct().ToListAsync(ct);
        IReadOnlyList<EmailRecipient> reviewers = admins.Count > 0
            ? [.. admins.Select(a => new EmailRecipient(a.Email!, string.IsNullOrWhiteSpace(a.DisplayName) ? null : a.DisplayName))]
            : await staff.StaffRecipientsAsync(ct);
        return (account, reviewers);
    }

    private OnboardingRequest New(OnboardingRequestKind kind, string name, string email, string? phone, string? message, string? ip) => new()
    {
        Id = Guid.NewGuid(), Kind = kind, Status = OnboardingRequestStatus.Pending, Name = name.Trim(), Email = email.Trim().ToLowerInvariant(),
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(), Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
        CreatedAt = clock.GetUtcNow().UtcDateTime, IpAddress = ip,
    };
}
