using SelfCare.Billing.Contracts;
using SelfCare.Billing.Data;

namespace SelfCare.Billing.Ledger;

/// <summary>Builds ledger entities from the contract records, so the API and provisioning create them alike.</summary>
internal static class LedgerFactory
{
    public static Invoice Invoice(NewInvoice n, DateTimeOffset now)
    {
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), Number = n.Number, ExternalId = n.ExternalId, AccountId = n.AccountId, PeriodStart = n.PeriodStart,
            PeriodEnd = n.PeriodEnd, IssueDate = n.IssueDate, DueDate = n.DueDate, Currency = n.Currency, CreatedAt = now, UpdatedAt = now,
        };
        invoice.Charges = [.. n.Charges.Select((c, i) => Charge(invoice.Id, c, i))];
        invoice.Total();
        return invoice;
    }

    public static InvoiceCharge Charge(Guid invoiceId, NewCharge c, int position) => new()
    {
        Id = Guid.NewGuid(), InvoiceRowId = invoiceId, Category = Enum.Parse<ChargeCategory>(c.Category, ignoreCase: true),
        ServiceId = c.ServiceId, Product = c.Product, Quantity = c.Quantity, UnitPrice = c.UnitPrice, Amount = c.Amount,
        PeriodStart = c.PeriodStart, PeriodEnd = c.PeriodEnd, Position = position,
    };

    public static Payment Payment(NewPayment n, IReadOnlyDictionary<string, Guid> invoiceIds, DateTimeOffset now)
    {
        var payment = new Payment
        {
            Id = Guid.NewGuid(), AccountId = n.AccountId, Amount = n.Amount, Currency = n.Currency, Date = n.Date, Method = n.Method,
            Source = PaymentSource.BillingSystem, ExternalId = n.ExternalId, Status = PaymentStatus.Succeeded, CreatedAt = now,
        };
        payment.Allocations = [.. n.Allocations.Select(a => new PaymentAllocation
        {
            Id = Guid.NewGuid(), PaymentRowId = payment.Id, InvoiceId = invoiceIds[a.InvoiceNumber], AccountId = n.AccountId, Amount = a.Amount,
        })];
        return payment;
    }

    public static Adjustment Adjustment(NewAdjustment n, Guid? invoiceId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), ExternalId = n.ExternalId, AccountId = n.AccountId, InvoiceId = invoiceId,
        Kind = n.Credit ? AdjustmentKind.Credit : AdjustmentKind.Debit, Amount = n.Amount, Currency = n.Currency, Date = n.Date,
        Description = n.Description, CreatedAt = now,
    };
}
