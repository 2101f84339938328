namespace SelfCare.Host.Search;

/// <summary>One suggestion; <see cref="Url"/> already carries the tenant's path base.</summary>
internal sealed record SuggestHit(string Title, string Detail, string Url);
