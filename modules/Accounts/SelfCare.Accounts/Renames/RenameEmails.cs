using SelfCare.Platform.Email;

namespace SelfCare.Accounts.Renames;

/// <summary>The email templates the rename flow sends, declared in the module manifest.</summary>
internal static class RenameEmails
{
    public const string Requested = "account-rename-requested";

    public static readonly EmailTemplateDefinition RequestedTemplate = EmailTemplateDefinition.For(Requested,
        "Sent to staff and tenant admins when a customer admin asks to rename an account.",
        new AccountRenameRequestedEmail("AC-100100", "Bluegrass Health", "Bluegrass Health System", "We merged with Derby City.",
            "it@bluegrasshealth.example", "https://portal.example/accelecom/accounts/details/00000000-0000-0000-0000-000000000000"),
        "Rename requested for account {{accountNumber}}",
        "<p>{{requestedBy}} asked to rename account {{accountNumber}} from <strong>{{currentName}}</strong> to <strong>{{requestedName}}</strong>.</p>"
        + "<p>Reason: {{reason}}</p><p><a href=\"{{accountUrl}}\">Review the request</a> on the Account Summary page.</p>",
        "{{requestedBy}} asked to rename account {{accountNumber}} from \"{{currentName}}\" to \"{{requestedName}}\".\n\nReason: {{reason}}\n\n"
        + "Review the request on the Account Summary page: {{accountUrl}}");
}
