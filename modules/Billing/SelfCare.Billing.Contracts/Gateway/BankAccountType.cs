namespace SelfCare.Billing.Contracts.Gateway;

public enum BankAccountType
{
    Checking,
    Savings,
}
