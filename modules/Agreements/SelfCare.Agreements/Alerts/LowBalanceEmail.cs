using SelfCare.Platform.Email;

namespace SelfCare.Agreements.Alerts;

internal static class LowBalanceEmail
{
    public const string Name = "agreement-low-balance";

    public static readonly EmailTemplateDefinition Definition = EmailTemplateDefinition.For(Name,
        "Sent to the account's billing contacts and to staff when an agreement's pre-paid hours fall to its low-balance threshold (once per crossing).",
        new LowBalanceEmailModel("Dana Molar", "MS-3100", "Main Street Dental Group", "AGR-2026-001", "Pre-paid support hours", "3.50", "5.00"),
        "Pre-paid hours low on agreement {{agreementNumber}}: {{balanceHours}} hours left",
        "<p>Hello {{recipientName}},</p><p>The pre-paid hours of agreement <strong>{{agreementNumber}}</strong> ({{agreementTitle}}) for account "
        + "{{accountNumber}} ({{accountName}}) are down to <strong>{{balanceHours}} hours</strong>, at or below the alert level of {{thresholdHours}} hours.</p>"
        + "<p>Buy more hours on the Agreements tab of <a href=\"{{@portalUrl}}\">the portal</a> so support time stays covered.</p>",
        "Hello {{recipientName}},\n\nThe pre-paid hours of agreement {{agreementNumber}} ({{agreementTitle}}) for account {{accountNumber}} "
        + "({{accountName}}) are down to {{balanceHours}} hours, at or below the alert level of {{thresholdHours}} hours.\n\n"
        + "Buy more hours on the Agreements tab of the portal so support time stays covered: {{@portalUrl}}");
}
