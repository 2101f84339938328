namespace SelfCare.Agreements.Data;

internal enum PurchaseStatus
{
    Pending,
    Paid,
    Failed,
}
