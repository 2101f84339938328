using SelfCare.Platform.Email;

namespace SelfCare.Billing.Autopay;

/// <summary>The autopay emails, declared in the module manifest (tenant admins edit them like the others).</summary>
internal static class AutopayEmails
{
    public const string Notice = "autopay-notice";
    public const string Failed = "autopay-failed";

    public static EmailTemplateDefinition NoticeDefinition { get; } = EmailTemplateDefinition.For(Notice,
        "Sent to the person who set up autopay, a few days (Admin > Billing) before an invoice is charged.",
        new AutopayNoticeModel("AC-100100", "Bluegrass Health Partners", "AC-100100-202611", "$1,250.00", "Dec 26, 2026", "Visa •••• 4242"),
        "Autopay will charge {{amount}} on {{chargeDate}}",
        """
        <h1 style="font-size:22px;margin:0 0 16px">Upcoming autopay charge</h1>
        <p>On <strong>{{chargeDate}}</strong> we will charge <strong>{{amount}}</strong> to {{method}} for invoice {{invoiceNumber}}
        of account {{accountNumber}} ({{accountName}}).</p>
        <p>Nothing to do. To change the method or turn autopay off, visit <a href="{{@portalUrl}}/bills/autopay">Autopay</a>.</p>
        """,
        """
        Upcoming autopay charge

        On {{chargeDate}} we will charge {{amount}} to {{method}} for invoice {{invoiceNumber}} of account {{accountNumber}} ({{accountName}}).
        Nothing to do. To change the method or turn autopay off: {{@portalUrl}}/bills/autopay
        """);

    public static EmailTemplateDefinition FailedDefinition { get; } = EmailTemplateDefinition.For(Failed,
        "Sent to the person who set up autopay when the last try to charge an invoice was declined.",
        new AutopayFailedModel("AC-100100", "Bluegrass Health Partners", "AC-100100-202611", "$1,250.00", "Visa •••• 4242", 4, "The card was declined."),
        "Autopay could not pay invoice {{invoiceNumber}}: please pay it",
        """
        <h1 style="font-size:22px;margin:0 0 16px">Autopay could not pay your invoice</h1>
        <p>We tried {{attempts}} times to charge <strong>{{amount}}</strong> to {{method}} for invoice {{invoiceNumber}} of account
        {{accountNumber}} ({{accountName}}). The last answer was: {{reason}}</p>
        <p>We will not try again. Please <a href="{{@portalUrl}}/bills/pay">make a payment</a>, and check the method on
        <a href="{{@portalUrl}}/bills/autopay">Autopay</a>.</p>
        """,
        """
        Autopay could not pay your invoice

        We tried {{attempts}} times to charge {{amount}} to {{method}} for invoice {{invoiceNumber}} of account {{accountNumber}} ({{accountName}}).
        The last answer was: {{reason}}
        We will not try again. Please make a payment: {{@portalUrl}}/bills/pay
        Check the method on Autopay: {{@portalUrl}}/bills/autopay
        """);
}
