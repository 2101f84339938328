namespace SelfCare.Billing.Payments;

internal enum PaymentMethodKind
{
    Card,
    Ach,
}
