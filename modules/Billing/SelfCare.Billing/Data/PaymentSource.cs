namespace SelfCare.Billing.Data;

internal enum PaymentSource
{
    Portal,
    BillingSystem,
}
