namespace SelfCare.Billing.Summary;

public enum ActivityKind
{
    Invoice,
    Payment,
    Credit,
    Debit,
}
