using SelfCare.Accounts.Contracts;

namespace SelfCare.Reports.Areas.Reports.Pages;

/// <summary>The "account or group" select's options: the visible accounts and Manage Hierarchy groups, and the chosen value.</summary>
internal sealed record AccountPicker(IReadOnlyList<AccountEntry> Accounts, IReadOnlyList<AccountGroupEntry> Groups, string? Selected)
{
    public static readonly AccountPicker Empty = new([], [], null);
}
