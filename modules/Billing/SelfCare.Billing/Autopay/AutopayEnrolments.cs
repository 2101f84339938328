using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Payments;

namespace SelfCare.Billing.Autopay;

/// <summary>
/// Reads and changes an account's autopay within the caller's scope (the DbContext filters it). Rights are the page's
/// business (<see cref="AutopayRights"/>); this checks the method belongs to the account and may be charged.
/// </summary>
internal sealed class AutopayEnrolments(BillingDbContext db, BillingSettingsStore settingsStore, TimeProvider clock)
{
    public const int HistoryShown = 24;

    public Task<AutopayEnrolment?> FindAsync(Guid accountId, CancellationToken ct) =>
        db.Set<AutopayEnrolment>().AsNoTracking().FirstOrDefaultAsync(e => e.AccountId == accountId, ct);

    /// <summary>The account's saved methods, default first (ordered in memory: SQLite cannot order DateTimeOffset).</summary>
    public async Task<IReadOnlyList<SavedPaymentMethod>> MethodsAsync(Guid accountId, CancellationToken ct) =>
        (await db.Set<SavedPaymentMethod>().AsNoTracking().Where(m => m.AccountId == accountId).ToListAsync(ct))
        .OrderByDescending(m => m.IsDefault).ThenBy(m => m.CreatedAt).ToList();

    /// <summary>The account's latest autopay attempts, newest first.</summary>
    public async Task<IReadOnlyList<AutopayAttempt>> HistoryAsync(Guid accountId, CancellationToken ct) =>
        await db.Set<AutopayAttempt>().AsNoTracking().Where(a => a.AccountId == accountId)
            .OrderByDescending(a => a.ChargeDate).ThenByDescending(a => a.AttemptNo).Take(HistoryShown).ToListAsync(ct);

    /// <summary>Enrols <paramref name="account"/> (or changes its method); <paramref name="achText"/> is the authorization agreed, for a bank account.</summary>
    public async Task<AutopayError?> EnrolAsync(AccountEntry account, Guid? methodId, string? achText, string by, string? ip, CancellationToken ct,
        bool retry = true)
    {
        if (methodId is null)
            return new AutopayError("Input.MethodId", "Choose a saved payment method.");
        var method = await db.Set<SavedPaymentMethod>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == methodId, ct);
        if (method is null || method.AccountId != account.Id)
            return new AutopayError("Input.MethodId", "Choose one of this account's saved payment methods.");
        var now = clock.GetUtcNow();
        if (PaymentRules.MethodError(TokenizedMethod.From(method), await settingsStore.GetAsync(ct), now) is { } refused)
            return new AutopayError("Input.MethodId", refused);
        if (method.Kind == PaymentMethodKind.Ach && achText is null)
            return new AutopayError("Input.AchAuthorized", "Tick the box to authorize the debits from your bank account.");

        var enrolment = await db.Set<AutopayEnrolment>().FirstOrDefaultAsync(e => e.AccountId == account.Id, ct);
        if (enrolment is null)
            db.Add(enrolment = new AutopayEnrolment { Id = Guid.NewGuid(), AccountId = account.Id, EnrolledBy = by, ChangedBy = by, EnrolledAt = now });
        else if (!enrolment.Active)
            (enrolment.EnrolledAt, enrolment.EnrolledBy) = (now, by);
        enrolment.PaymentMethodId = method.Id;
        enrolment.Active = true;
        (enrolment.ChangedAt, enrolment.ChangedBy) = (now, by);
        enrolment.AchAuthorizationId = null;
        if (method.Kind == PaymentMethodKind.Ach)
        {
            var authorization = new AchAuthorization
            {
                Id = Guid.NewGuid(), AccountId = account.Id, PaymentMethodId = method.Id, AuthorizedBy = by, AuthorizedAt = now,
                Text = achText!, IpAddress = ip,
            };
            db.Add(authorization);
            enrolment.AchAuthorizationId = authorization.Id;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A simultaneous first enrolment of the same account won: apply this change over it.
            db.ChangeTracker.Clear();
            if (!retry)
                throw;
            return await EnrolAsync(account, methodId, achText, by, ip, ct, retry: false);
        }
        return null;
    }

    /// <summary>Turns the account's autopay off (keeping who and when); nothing to do when it is not on.</summary>
    public async Task CancelAsync(Guid accountId, string by, CancellationToken ct)
    {
        var enrolment = await db.Set<AutopayEnrolment>().FirstOrDefaultAsync(e => e.AccountId == accountId && e.Active, ct);
        if (enrolment is null)
            return;
        enrolment.Active = false;
        (enrolment.ChangedAt, enrolment.ChangedBy) = (clock.GetUtcNow(), by);
        await db.SaveChangesAsync(ct);
    }
}
