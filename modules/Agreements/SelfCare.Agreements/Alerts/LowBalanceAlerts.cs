using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;

namespace SelfCare.Agreements.Alerts;

/// <summary>
/// Low-balance emails to the account's billing contacts and the tenant's staff. A crossing is recorded inside the ledger's locked write
/// (<see cref="Record"/>, no other connection needed while the lock is held); <see cref="SendPendingAsync"/> then claims each unsent
/// crossing with a conditional update and queues its emails in the same transaction, so each crossing is emailed once even when
/// several requests try; the daily upkeep job sends any a stopped process left behind.
/// </summary>
internal sealed class LowBalanceAlerts(
    AgreementsDbContext db, IEmailOutbox outbox, IBillingContacts contacts, IStaffDirectory staff, IAccountDirectory accounts, TimeProvider clock)
{
    public void Record(Agreement agreement, int balanceMinutes, DateTimeOffset at) => db.Alerts.Add(new LowBalanceAlert
    {
        Id = Guid.NewGuid(), AgreementId = agreement.Id, AccountId = agreement.AccountId, BalanceMinutes = balanceMinutes, CreatedAt = at,
    });

    public async Task SendPendingAsync(Guid? agreementId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var pending = await db.Alerts.AsNoTracking().Where(a => a.SentAt == null && (agreementId == null || a.AgreementId == agreementId)).ToListAsync(ct);
        var sent = false;
        foreach (var alert in pending)
        {
            if (await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alert.AgreementId, ct) is not { } agreement)
                continue;
            var recipients = await RecipientsAsync(agreement.AccountId, ct);
            var account = (await accounts.FindAsync([agreement.AccountId], ct)).FirstOrDefault();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Alerts.Where(a => a.Id == alert.Id && a.SentAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.SentAt, clock.GetUtcNow()), ct);
            if (claimed == 0)
                continue;
            foreach (var to in recipients)
            {
                await outbox.AddAsync(db, LowBalanceEmail.Name, new LowBalanceEmailModel(to.Name ?? to.Address, account?.Number ?? "", account?.Name ?? "",
                    agreement.Number, agreement.Title, Hours.Format(alert.BalanceMinutes), Hours.Format(agreement.LowBalanceMinutes ?? 0)), to, ct);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            sent = true;
        }
        if (sent)
            await outbox.DispatchAsync(ct);
    }

    private async Task<List<EmailRecipient>> RecipientsAsync(Guid accountId, CancellationToken ct) =>
        [.. (await contacts.ForAccountAsync(accountId, ct)).Select(c => new EmailRecipient(c.Email, c.Name))
            .Concat(await staff.StaffRecipientsAsync(ct))
            .DistinctBy(r => r.Address.ToLowerInvariant())];
}
