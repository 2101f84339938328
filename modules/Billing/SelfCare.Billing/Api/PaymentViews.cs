using SelfCare.Billing.Data;

namespace SelfCare.Billing.Api;

internal static class PaymentViews
{
    public static PaymentV1 ToV1(Payment p, string? accountNumber, IReadOnlyDictionary<Guid, string> invoiceNumbers) => new(
        p.Id, p.ExternalId, p.AccountId, accountNumber, p.Amount, p.Currency, p.Date, p.Method, p.Source.ToString(), p.Status.ToString(),
        [.. p.Allocations.Select(a => new PaymentAllocationV1 { Number = invoiceNumbers.GetValueOrDefault(a.InvoiceId), Amount = a.Amount })
            .OrderBy(a => a.Number, StringComparer.Ordinal)]);
}
