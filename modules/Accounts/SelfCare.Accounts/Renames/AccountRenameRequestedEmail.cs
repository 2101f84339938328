namespace SelfCare.Accounts.Renames;

/// <summary>The model of the "account-rename-requested" email to the tenant's staff.</summary>
public sealed record AccountRenameRequestedEmail(
    string AccountNumber, string CurrentName, string RequestedName, string Reason, string RequestedBy, string AccountUrl);
