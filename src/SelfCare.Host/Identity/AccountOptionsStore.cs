using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Contracts;

namespace SelfCare.Host.Identity;

/// <summary>
/// Reads and saves account options and the tenant's policy. Callers check the account scope first (these rows live in
/// the platform context, which has no account filter); Billing reads delivery through <see cref="IBillDeliveryPreferences"/>.
/// </summary>
internal sealed class AccountOptionsStore(TenantPlatformDbContext db, TimeProvider clock) : IBillDeliveryPreferences
{
    public async Task<AccountOptions> GetAsync(Guid accountId, CancellationToken ct) =>
        await db.Set<AccountOptions>().AsNoTracking().FirstOrDefaultAsync(o => o.AccountId == accountId, ct)
        ?? new AccountOptions { AccountId = accountId };

    public async Task SaveAsync(Guid accountId, AccountOptionsInput input, string? by, CancellationToken ct)
    {
        var row = await db.Set<AccountOptions>().FirstOrDefaultAsync(o => o.AccountId == accountId, ct);
        if (row is null)
            db.Add(row = new AccountOptions { AccountId = accountId });
        row.BillDelivery = input.BillDelivery;
        row.Paperless = input.Paperless;
        row.BillingEmail = string.IsNullOrWhiteSpace(input.BillingEmail) ? null : input.BillingEmail.Trim();
        row.NotifyBills = input.NotifyBills;
        row.NotifyPayments = input.NotifyPayments;
        row.NotifyOrders = input.NotifyOrders;
        row.NotifyTickets = input.NotifyTickets;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = by;
        await db.SaveChangesAsync(ct);
    }

    public async Task<AccountOptionsPolicy> PolicyAsync(CancellationToken ct) =>
        await db.Set<AccountOptionsPolicy>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new AccountOptionsPolicy();

    public async Task SetPolicyAsync(bool allowNoBillDelivery, CancellationToken ct)
    {
        var row = await db.Set<AccountOptionsPolicy>().FirstOrDefaultAsync(ct);
        if (row is null)
            db.Add(row = new AccountOptionsPolicy());
        row.AllowNoBillDelivery = allowNoBillDelivery;
        await db.SaveChangesAsync(ct);
    }

    public async Task<BillDeliveryPreference> ForAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var options = await GetAsync(accountId, cancellationToken);
        return new BillDeliveryPreference(options.BillDelivery, options.Paperless, options.BillingEmail, options.NotifyBills);
    }
}
