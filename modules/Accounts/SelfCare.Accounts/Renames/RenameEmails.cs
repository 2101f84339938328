using SelfCare.Platform.Email;

namespace SelfCare.Accounts.Renames;

/// <summary>The email templates the rename flow sends, declared in the module manifest.</summary>
internal static class RenameEmails
{
    public const string Requested = "account-rename-requested";
    public const string Decided = "account-rename-decided";

    public static readonly EmailTemplateDefinition RequestedTemplate = EmailTemplateDefinition.For(Requested,
        "Sent to staff and tenant admins when a customer admin asks to rename an account.",
        new AccountRenameRequestedEmail("AC-100100", "Bluegrass Health", "Bluegrass Health System", "We merged with Derby City.",
            "it@bluegrasshealth.example", "https://portal.example/accelecom/accounts/details/00000000-0000-0000-0000-000000000000"),
        "Rename requested for account {{accountNumber}}",
        "<p>{{requestedBy}} asked to rename account {{accountNumber}} from <strong>{{currentName}}</strong> to <strong>{{requestedName}}</strong>.</p>"
        + "<p>Reason: {{reason}}</p><p><a href=\"{{accountUrl}}\">Review the request</a> on the Account Summary page.</p>",
        "{{requestedBy}} asked to rename account {{accountNumber}} from \"{{currentName}}\" to \"{{requestedName}}\".\n\nReason: {{reason}}\n\n"
        + "Review the request on the Account Summary page: {{accountUrl}}");

    public static readonly EmailTemplateDefinition DecidedTemplate = EmailTemplateDefinition.For(Decided,
        "Sent to the customer admin who asked to rename an account when staff approve or reject the request.",
        new AccountRenameDecidedEmail("AC-100100", "Bluegrass Health System", "Bluegrass Health System", "approved",
            "rep@accelecom.example", "https://portal.example/accelecom/accounts/details/00000000-0000-0000-0000-000000000000"),
        "Your rename request for account {{accountNumber}} was {{decision}}",
        "<p>Your request to rename account {{accountNumber}} to <strong>{{requestedName}}</strong> was {{decision}} by {{decidedBy}}.</p>"
        + "<p>The account's name is now <strong>{{accountName}}</strong>.</p><p><a href=\"{{accountUrl}}\">Open the Account Summary</a></p>",
        "Your request to rename account {{accountNumber}} to \"{{requestedName}}\" was {{decision}} by {{decidedBy}}.\n\n"
        + "The account's name is now \"{{accountName}}\".\n\nAccount Summary: {{accountUrl}}");
}
