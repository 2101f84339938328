using System.Globalization;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Data;
using SelfCare.Billing.Ledger;
using SelfCare.Platform.Email;

namespace SelfCare.Billing.Emails;

/// <summary>Queues "invoice-ready" to each billing contact of the invoice's account, in the same SaveChanges as the invoice.</summary>
internal sealed class InvoiceReadyEmail(BillingDbContext db, IEmailOutbox outbox, IBillingContacts contacts, IAccountDirectory directory)
{
    public async Task QueueAsync(Invoice invoice, string invoiceUrl, CancellationToken ct)
    {
        var recipients = await contacts.ForAccountAsync(invoice.AccountId, ct);
        if (recipients.Count == 0)
            return;
        var account = (await directory.FindAsync([invoice.AccountId], ct)).SingleOrDefault();
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
