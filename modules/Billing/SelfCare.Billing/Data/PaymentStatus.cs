namespace SelfCare.Billing.Data;

internal enum PaymentStatus
{
    Pending,
    Succeeded,
    Failed,
}
