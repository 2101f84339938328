namespace SelfCare.Host.Search;

/// <summary>The type-ahead's answer: groups of hits, or a hint ("type at least 2 characters") and none.</summary>
internal sealed record SuggestResponse(IReadOnlyList<SuggestGroup> Groups, string? Hint);
