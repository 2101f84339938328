namespace SelfCare.Billing.Data;

internal enum ChargeCategory
{
    Recurring,
    Usage,
    OneTime,
    Taxes,
    Fees,
}
