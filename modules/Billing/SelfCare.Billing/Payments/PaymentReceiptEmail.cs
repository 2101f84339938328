using SelfCare.Platform.Email;

namespace SelfCare.Billing.Payments;

/// <summary>The receipt sent to the payer after a portal payment succeeds.</summary>
internal static class PaymentReceiptEmail
{
    public const string Name = "payment-receipt";

    public static EmailTemplateDefinition Definition { get; } = EmailTemplateDefinition.For(Name,
        "Sent to the person who made a payment in the portal, once the gateway approved it.",
        new PaymentReceiptModel("AC-100100", "Bluegrass Health Partners", "$1,250.00", "$0.00", "$1,250.00", "Visa •••• 4242",
            new DateTime(2026, 11, 21, 14, 5, 0, DateTimeKind.Utc), "sbx_ch_sample",
            [new PaymentReceiptLine("INV-2026-11-100100", "$1,250.00")]),
        "Payment receipt: {{amount}} for account {{accountNumber}}",
        """
        <h1 style="font-size:22px;margin:0 0 16px">Thank you for your payment</h1>
        <p>We received <strong>{{amount}}</strong> for account {{accountNumber}} ({{accountName}}) on {{paidAt}} (UTC).</p>
        <table style="border-collapse:collapse;margin:16px 0">
        <tr><td style="padding:4px 12px 4px 0">Method</td><td>{{method}}</td></tr>
        <tr><td style="padding:4px 12px 4px 0">Processing fee</td><td>{{fee}}</td></tr>
        <tr><td style="padding:4px 12px 4px 0">Total charged</td><td>{{total}}</td></tr>
        <tr><td style="padding:4px 12px 4px 0">Confirmation</td><td>{{confirmation}}</td></tr>
        </table>
        {{#if invoices}}<p>Applied to:</p><ul>{{#each invoices}}<li>{{number}}: {{applied}}</li>{{/each}}</ul>{{/if}}
        """,
        """
        Thank you for your payment

        We received {{amount}} for account {{accountNumber}} ({{accountName}}) on {{paidAt}} (UTC).
        Method: {{method}}
        Processing fee: {{fee}}
        Total charged: {{total}}
        Confirmation: {{confirmation}}
        {{#each invoices}}
        Applied to {{number}}: {{applied}}
        {{/each}}
        """);
}
