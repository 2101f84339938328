using SelfCare.Platform.Search;

namespace SelfCare.Host.Search;

/// <summary>One provider's hits under its heading; <see cref="More"/> when it had more than the limit.</summary>
internal sealed record SearchGroup(string Name, IReadOnlyList<SearchHit> Hits, bool More);
