namespace SelfCare.Host.Search;

internal sealed record SuggestGroup(string Group, IReadOnlyList<SuggestHit> Hits);
