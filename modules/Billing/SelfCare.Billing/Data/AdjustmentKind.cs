namespace SelfCare.Billing.Data;

internal enum AdjustmentKind
{
    Credit,
    Debit,
}
