using System.Globalization;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Email;

namespace SelfCare.Billing.Emails;

/// <summary>
/// Queues "invoice-ready" to each billing contact of the invoice's account and its billing email, in the same SaveChanges
/// as the invoice; none when the account chose print or no delivery, or turned the notice off (Options and Settings).
/// </summary>
internal sealed class InvoiceReadyEmail(
    BillingDbContext db, IEmailOutbox outbox, IBillingContacts contacts, IAccountDirectory directory, IBillDeliveryPreferences deliveries)
{
    public async Task QueueAsync(Invoice invoice, string invoiceUrl, CancellationToken ct)
    {
        var preference = await deliveries.ForAccountAsync(invoice.AccountId, ct);
        if (preference.Delivery != BillDelivery.Email || !preference.NotifyWhenBillReady)
            return;
        var recipients = (await contacts.ForAccountAsync(invoice.AccountId, ct)).ToList();
        var account = (await directory.FindAsync([invoice.AccountId], ct)).SingleOrDefault();
        // The account's billing email is greeted by the account's name.
        if (preference.BillingEmail is { } billingEmail && !recipients.Any(r => string.Equals(r.Email, billingEmail, StringComparison.OrdinalIgnoreCase)))
            recipients.Add(new BillingContact(account?.Name ?? billingEmail, billingEmail));
        if (recipients.Count == 0)
            return;
        var us = CultureInfo.GetCultureInfo("en-US");
        foreach (var to in recipients)
        {
            var model = new InvoiceReadyEmailModel(to.Name, account?.Number ?? "", account?.Name ?? "", invoice.Number,
                $"{invoice.PeriodStart.ToString("MMM d", us)} – {invoice.PeriodEnd.ToString("MMM d, yyyy", us)}",
                invoice.IssueDate.ToString("MMM d, yyyy", us), invoice.DueDate.ToString("MMM d, yyyy", us),
                MoneyFormat.Format(invoice.Amount, invoice.Currency), invoiceUrl);
            await outbox.AddAsync(db, BillingEmails.InvoiceReady, model, new EmailRecipient(to.Email, to.Name), ct);
        }
    }

    public Task DispatchAsync(CancellationToken ct) => outbox.DispatchAsync(ct);
}
