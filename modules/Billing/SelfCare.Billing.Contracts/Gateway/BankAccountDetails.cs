namespace SelfCare.Billing.Contracts.Gateway;

/// <summary>A US bank account for ACH debits, on its way to the gateway. Never stored, never logged.</summary>
public sealed record BankAccountDetails(string RoutingNumber, string AccountNumber, string HolderName, BankAccountType AccountType)
{
    public override string ToString() => $"{AccountType} account ending {CardDetails.Last4(AccountNumber)}";
}
