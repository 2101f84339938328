namespace SelfCare.Billing.Contracts;

/// <summary>How an account gets its bills (Options and Settings). None only where the tenant allows it.</summary>
public enum BillDelivery
{
    Email,
    Print,
    None,
}
