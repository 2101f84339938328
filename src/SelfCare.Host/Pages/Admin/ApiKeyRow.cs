namespace SelfCare.Host.Pages.Admin;

internal sealed record ApiKeyRow(
    string Id, string Name, IReadOnlyList<string> Scopes, string Created, string LastUsed, string State, bool CanRevoke);
