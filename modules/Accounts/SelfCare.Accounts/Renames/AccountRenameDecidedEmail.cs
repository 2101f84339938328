namespace SelfCare.Accounts.Renames;

/// <summary>The model of the "account-rename-decided" email to the customer admin who asked for a rename.</summary>
public sealed record AccountRenameDecidedEmail(
    string AccountNumber, string AccountName, string RequestedName, string Decision, string DecidedBy, string AccountUrl);
