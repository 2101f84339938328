using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;

namespace SelfCare.Agreements.Alerts;

/// <summary>Queues the low-balance email to the account's billing contacts and the tenant's staff, in the ledger write's transaction.</summary>
internal sealed class LowBalanceAlerts(
    AgreementsDbContext db, IEmailOutbox outbox, IBillingContacts contacts, IStaffDirectory staff, IAccountDirectory accounts)
{
    public async Task QueueAsync(Agreement agreement, int balanceMinutes, CancellationToken ct)
    {
        var account = (await accounts.FindAsync([agreement.AccountId], ct)).FirstOrDefault();
        var recipients = (await contacts.ForAccountAsync(agreement.AccountId, ct)).Select(c => new EmailRecipient(c.Email, c.Name))
            .Concat(await staff.StaffRecipientsAsync(ct))
            .DistinctBy(r => r.Address.ToLowerInvariant());
        foreach (var to in recipients)
        {
            await outbox.AddAsync(db, LowBalanceEmail.Name, new LowBalanceEmailModel(to.Name ?? to.Address, account?.Number ?? "", account?.Name ?? "",
                agreement.Number, agreement.Title, Hours.Format(balanceMinutes), Hours.Format(agreement.LowBalanceMinutes ?? 0)), to, ct);
        }
    }
}
