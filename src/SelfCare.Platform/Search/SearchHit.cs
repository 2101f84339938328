namespace SelfCare.Platform.Search;

/// <summary>One search result: what to show and the app-relative page it opens (e.g. "/accounts/{id}").</summary>
public sealed record SearchHit(string Title, string Detail, string Path);
