namespace SelfCare.Platform.Search;

/// <summary>
/// One module's answers to the shell's search bar (accounts by number, name or location; services by id;
/// orders by number...). Listed in <see cref="Modules.ModuleManifest.SearchProviders"/> and registered
/// scoped in the module's services; the host asks only the providers of enabled modules, and each provider
/// returns only what the caller's account scope may see (its DbContext's query filter does that).
/// </summary>
public interface ISearchProvider
{
    /// <summary>The heading its hits appear under ("Accounts", "Services", "Orders").</summary>
    string Group { get; }

    /// <summary>At most <paramref name="limit"/> hits for <paramref name="query"/> (already trimmed, 2 to 100 characters), best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken);
}
