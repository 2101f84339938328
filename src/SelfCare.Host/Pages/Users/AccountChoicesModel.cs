using SelfCare.Accounts.Contracts;

namespace SelfCare.Host.Pages.Users;

internal sealed record AccountChoicesModel(IReadOnlyList<AccountEntry> Accounts, IReadOnlyCollection<Guid> Chosen, string? Error);
