using SelfCare.Accounts.Contracts;

namespace SelfCare.Usage.Import;

/// <summary>
/// Resolves the "account" of import rows (a number or the reseller's external id) once per distinct value:
/// numbers (and the portal's ids) from one query, external ids looked up on first sight. Imports run as staff or an API key (every account).
/// </summary>
internal sealed class CdrAccountResolver(IAccountDirectory directory, IAccountReferences references)
{
    private IReadOnlyDictionary<string, Guid>? _byNumber;
    private HashSet<Guid>? _ids;
    private readonly Dictionary<string, Guid?> _byExternalId = new(StringComparer.Ordinal);

    public async ValueTask<Guid?> FindAsync(string key, CancellationToken ct)
    {
        _byNumber ??= await directory.IdsByNumberAsync(ct);
        if (_byNumber.TryGetValue(key, out var id))
            return id;
        // The portal's own account id (ICallDetailImport callers hold ids, not numbers).
        _ids ??= [.. _byNumber.Values];
        if (Guid.TryParse(key, out var guid) && _ids.Contains(guid))
            return guid;
        if (!_byExternalId.TryGetValue(key, out var found))
            _byExternalId[key] = found = (await references.FindAsync(key, null, ct))?.Id;
        return found;
    }
}
