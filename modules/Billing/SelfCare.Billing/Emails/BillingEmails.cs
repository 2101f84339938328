using SelfCare.Platform.Email;

namespace SelfCare.Billing.Emails;

/// <summary>The email templates the ledger sends, declared in the module manifest.</summary>
internal static class BillingEmails
{
    public const string InvoiceReady = "invoice-ready";

    public static readonly EmailTemplateDefinition InvoiceReadyTemplate = EmailTemplateDefinition.For(InvoiceReady,
        "Sent to an account's billing contacts when the billing system posts a new invoice.",
        new InvoiceReadyEmailModel("Dana Whitfield", "AC-100100", "Bluegrass Health", "AC-100100-202610", "Oct 1 – Oct 31, 2026",
            "Nov 1, 2026", "Nov 26, 2026", "$4,812.37", "https://portal.example/accelecom/bills/details/00000000-0000-0000-0000-000000000000"),
        "Your invoice {{invoiceNumber}} is ready",
        "<p>Hello {{contactName}},</p><p>Invoice <strong>{{invoiceNumber}}</strong> for account {{accountNumber}} ({{accountName}}), "
        + "billing period {{billingPeriod}}, is ready.</p><p>Amount due: <strong>{{amountDue}}</strong> by {{dueDate}}.</p>"
        + "<p><a href=\"{{invoiceUrl}}\">View and pay the bill</a></p>",
        "Hello {{contactName}},\n\nInvoice {{invoiceNumber}} for account {{accountNumber}} ({{accountName}}), billing period "
        + "{{billingPeriod}}, is ready.\n\nAmount due: {{amountDue}} by {{dueDate}}.\n\nView and pay the bill: {{invoiceUrl}}");
}
