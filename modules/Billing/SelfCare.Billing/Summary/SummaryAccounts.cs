using SelfCare.Accounts.Contracts;

namespace SelfCare.Billing.Summary;

/// <summary>Account numbers and names for the boxes, asked of Accounts once per page for the ids shown (within the scope).</summary>
internal sealed class SummaryAccounts(IAccountDirectory directory)
{
    private readonly Dictionary<Guid, AccountEntry> _known = [];

    public async Task<IReadOnlyDictionary<Guid, AccountEntry>> FindAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var missing = ids.Where(id => !_known.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            foreach (var entry in await directory.FindAsync(missing, ct))
                _known[entry.Id] = entry;
        }
        return _known;
    }
}
