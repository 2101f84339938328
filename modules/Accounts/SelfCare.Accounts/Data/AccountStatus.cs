namespace SelfCare.Accounts.Data;

internal enum AccountStatus
{
    Active,
    Suspended,
    Closed,
}
