using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;

namespace SelfCare.Billing.Api;

internal static class InvoiceViews
{
    public static InvoiceV1 ToV1(Invoice i, AccountReference? account, InvoiceBalance balance, bool withCharges) => new(
        i.Id, i.ExternalId, i.Number, i.AccountId, account?.ExternalId, account?.Number, i.PeriodStart, i.PeriodEnd, i.IssueDate,
        i.DueDate, i.Currency, i.Amount, balance.Balance, balance.Status.ToString(),
        withCharges
            ? [.. i.Charges.OrderBy(c => c.Position).Select(c => new InvoiceChargeV1
            {
                Category = c.Category.ToString(), ServiceId = c.ServiceId, Product = c.Product, Quantity = c.Quantity, UnitPrice = c.UnitPrice,
                Amount = c.Amount, PeriodStart = c.PeriodStart, PeriodEnd = c.PeriodEnd,
            })]
            : null);
}
