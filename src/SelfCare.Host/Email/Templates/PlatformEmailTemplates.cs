using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Templates;

/// <summary>The emails the platform itself sends. Modules declare theirs in their manifest.</summary>
internal static class PlatformEmailTemplates
{
    public const string TenantWelcome = "tenant-welcome";
    public const string TestMessage = "test-message";

    public static IReadOnlyList<EmailTemplateDefinition> All { get; } =
    [
        EmailTemplateDefinition.For(TenantWelcome,
            "Sent to the first administrator of a new tenant with the one-time link to choose a password.",
            new TenantWelcomeModel("North Peak Telecom", "admin@northpeak.example",
                "http://localhost:5080/northpeak/activate?email=admin%40northpeak.example&code=sample", 7),
            "Your {{tenantName}} portal is ready",
            """
            <h1 style="font-size:22px;margin:0 0 16px">Welcome to your {{tenantName}} portal</h1>
            <p>An administrator login has been created for <strong>{{adminEmail}}</strong>.</p>
            <p>Choose your password to activate it:</p>
            <p style="margin:24px 0"><a href="{{activationUrl}}" style="background:{{@brand.primaryColor}};color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;display:inline-block">Choose my password</a></p>
            <p>The link works once and expires in {{validForDays}} days. If the button does not work, copy this address into your browser:<br><span style="word-break:break-all">{{activationUrl}}</span></p>
            """,
            """
            Welcome to your {{tenantName}} portal

            An administrator login has been created for {{adminEmail}}.
            Choose your password to activate it:

            {{activationUrl}}

            The link works once and expires in {{validForDays}} days.
            """),
        EmailTemplateDefinition.For(TestMessage,
            "A test message a tenant admin sends to themselves from Email settings, to check that mail arrives.",
            new TestMessageModel("admin@example.com", new DateTime(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc), "the host's default mail server"),
            "Test message from {{@brand.title}}",
            """
            <h1 style="font-size:22px;margin:0 0 16px">Your email settings work</h1>
            <p>This test message was sent to {{recipientEmail}} at {{sentAt}} (UTC) through {{mailServer}}.</p>
            <p>Customers will receive the portal's emails like this one.</p>
            """,
            """
            Your email settings work

            This test message was sent to {{recipientEmail}} at {{sentAt}} (UTC) through {{mailServer}}.
            Customers will receive the portal's emails like this one.
            """),
        .. SelfCare.Host.Identity.UserEmailTemplates.All,
    ];
}
