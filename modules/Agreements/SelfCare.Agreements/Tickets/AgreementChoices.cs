using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;

namespace SelfCare.Agreements.Tickets;

/// <summary>The agreements that may cover a ticket: active agreements of its account or of an account above it (a parent's agreement covers its children).</summary>
internal sealed class AgreementChoices(AgreementsDbContext db, IAccountDirectory accounts, TenantToday today)
{
    public async Task<List<Agreement>> ForAccountAsync(Guid accountId, CancellationToken ct)
    {
        var chain = new List<Guid>();
        for (Guid? id = accountId; id is { } current && chain.Count < 20 && !chain.Contains(current);)
        {
            chain.Add(current);
            id = (await accounts.FindAsync([current], ct)).FirstOrDefault()?.ParentId;
        }
        var day = today.Value;
        var found = await db.Agreements.AsNoTracking().Where(a => chain.Contains(a.AccountId) && a.CancelledAt == null).ToListAsync(ct);
        // The ticket's own account first, then up the hierarchy.
        return [.. found.Where(a => a.StatusOn(day) == AgreementStatus.Active).OrderBy(a => chain.IndexOf(a.AccountId)).ThenBy(a => a.Number)];
    }
}
