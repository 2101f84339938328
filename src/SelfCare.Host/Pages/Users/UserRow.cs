using SelfCare.Host.Identity;

namespace SelfCare.Host.Pages.Users;

internal sealed record UserRow(ManagedUser User, string Role, string Accounts, string Status);
