using SelfCare.Accounts.Contracts;

namespace SelfCare.Billing.Summary;

/// <summary>
/// Account numbers and names for the boxes: asked of Accounts once per page, for every account with a ledger entry in the
/// user's scope (each box's rows belong to one of them), rather than once per box.
/// </summary>
internal sealed class SummaryAccounts(IAccountDirectory directory, SummaryLedger ledger)
{
    private IReadOnlyDictionary<Guid, AccountEntry>? _accounts;

    public async Task<IReadOnlyDictionary<Guid, AccountEntry>> LoadAsync(CancellationToken ct)
    {
        if (_accounts is not null)
            return _accounts;
        var ids = (await ledger.AccountsAsync(ct)).Select(a => a.Totals.AccountId).ToList();
        _accounts = ids.Count == 0 ? new Dictionary<Guid, AccountEntry>() : (await directory.FindAsync(ids, ct)).ToDictionary(a => a.Id);
        return _accounts;
    }
}
