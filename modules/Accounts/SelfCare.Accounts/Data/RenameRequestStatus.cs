namespace SelfCare.Accounts.Data;

/// <summary>Where a customer's rename request is. Stored by name.</summary>
internal enum RenameRequestStatus
{
    Pending,
    Approved,
    Rejected,
}
