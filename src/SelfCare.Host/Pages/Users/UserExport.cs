using SelfCare.Accounts.Contracts;
using SelfCare.Host.Identity;
using SelfCare.Platform.Documents;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Pages.Users;

/// <summary>The Manage Users columns, shared by the page and its Excel/CSV export.</summary>
internal static class UserExport
{
    public static readonly IReadOnlyList<ExportColumn<UserRow>> Columns =
    [
        ExportColumn<UserRow>.Text("Name", r => r.User.Name, width: 28),
        ExportColumn<UserRow>.Text("Username (email)", r => r.User.Email, width: 34),
        ExportColumn<UserRow>.Text("Role", r => r.Role, width: 16),
        ExportColumn<UserRow>.Text("Accounts", r => r.Accounts, width: 30),
        ExportColumn<UserRow>.Text("Phone", r => r.User.Phone, width: 16),
        ExportColumn<UserRow>.Text("Status", r => r.Status, width: 12),
    ];

    public static UserRow Row(ManagedUser user, IReadOnlyDictionary<Guid, AccountEntry> accounts) => new(
        user,
        user.Role is null ? "" : PortalRoles.DisplayName(user.Role),
        string.Join(", ", user.AccountIds.Select(a => accounts.TryGetValue(a, out var e) ? e.Number : "").Where(n => n != "").Order(StringComparer.Ordinal)),
        !user.IsActive ? "Inactive" : user.Activated ? "Active" : "Not activated");
}
