using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;

namespace SelfCare.Accounts.Renames;

/// <summary>
/// Renames accounts and keeps their history; stores customers' rename requests and tells staff of them.
/// Callers check roles; the account scope filter makes an account outside the caller's hierarchy unknown here.
/// </summary>
internal sealed class AccountRenames(AccountsDbContext db, IEmailOutbox outbox, IStaffDirectory staff, TimeProvider clock)
{
    /// <summary>Renames <paramref name="account"/> (tracked) and records it; false when the name is unchanged.</summary>
    public async Task<bool> RenameAsync(Account account, string newName, string who, Guid? requestId, CancellationToken ct)
    {
        if (!Record(account, newName, who, requestId))
            return false;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Renames <paramref name="account"/> (tracked) and adds its history row without saving, so a caller that changes
    /// more (the integration API's upsert) commits both at once; false when the name is unchanged.
    /// </summary>
    public bool Record(Account account, string newName, string who, Guid? requestId = null)
    {
        newName = newName.Trim();
        if (newName == account.Name)
            return false;
        db.Renames.Add(new AccountRename
        {
            Id = Guid.NewGuid(), AccountId = account.Id, OldName = account.Name, NewName = newName,
            RenamedBy = who.Length > 256 ? who[..256] : who, RenamedAt = clock.GetUtcNow(), RequestId = requestId,
        });
        account.Name = newName;
        return true;
    }

    /// <summary>Stores the request and one email per staff member; both commit in one SaveChanges.</summary>
    public async Task<RenameRequest> RequestAsync(Account account, string requestedName, string? reason, string who, string accountUrl, CancellationToken ct)
    {
        var request = new RenameRequest
        {
            Id = Guid.NewGuid(), AccountId = account.Id, RequestedName = requestedName.Trim(),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), RequestedBy = who, RequestedAt = clock.GetUtcNow(),
        };
        db.RenameRequests.Add(request);
        var model = new AccountRenameRequestedEmail(account.Number, account.Name, request.RequestedName, request.Reason ?? "(none given)", who, accountUrl);
        foreach (var recipient in await staff.StaffRecipientsAsync(ct))
            await outbox.AddAsync(db, RenameEmails.Requested, model, recipient, ct);
        await db.SaveChangesAsync(ct);
        await outbox.DispatchAsync(ct);
        return request;
    }

    /// <summary>
    /// Approves (renaming the account) or rejects a pending request of <paramref name="account"/> and emails the requester
    /// the decision in the same SaveChanges; false when there is no such pending request.
    /// </summary>
    public async Task<bool> DecideAsync(Account account, Guid requestId, bool approve, string who, string accountUrl, CancellationToken ct)
    {
        var request = await db.RenameRequests.FirstOrDefaultAsync(
            r => r.Id == requestId && r.AccountId == account.Id && r.Status == RenameRequestStatus.Pending, ct);
        if (request is null)
            return false;
        request.Status = approve ? RenameRequestStatus.Approved : RenameRequestStatus.Rejected;
        request.DecidedBy = who;
        request.DecidedAt = clock.GetUtcNow();
        if (approve)
            Record(account, request.RequestedName, who, request.Id);
        // The requester's sign-in name is their email address.
        var model = new AccountRenameDecidedEmail(account.Number, account.Name, request.RequestedName,
            approve ? "approved" : "rejected", who, accountUrl);
        await outbox.AddAsync(db, RenameEmails.Decided, model, new EmailRecipient(request.RequestedBy), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else decided it in the meantime; nothing of this decision (nor its email) was saved.
            return false;
        }
        await outbox.DispatchAsync(ct);
        return true;
    }
}
