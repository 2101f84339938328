using SelfCare.Platform.Email;

namespace SelfCare.Host.Identity;

/// <summary>The sign-in emails: welcome with an access code, password reset, username reminder, email change.</summary>
internal static class UserEmailTemplates
{
    public const string Welcome = "user-welcome";
    public const string PasswordReset = "password-reset";
    public const string UsernameReminder = "username-reminder";
    public const string EmailChange = "email-change";

    public static IReadOnlyList<EmailTemplateDefinition> All { get; } =
    [
        EmailTemplateDefinition.For(Welcome,
            "Sent to a user created by staff, a customer admin or the API, with the one-time access code to choose a password.",
            new UserWelcomeModel("Pat Doe", "pat@example.com", "ABCD2EFGH3", "http://localhost:5080/accelecom/activate?email=pat%40example.com", 7),
            "Your {{@brand.title}} login",
            """
            <h1 style="font-size:22px;margin:0 0 16px">Welcome, {{userName}}</h1>
            <p>A login to {{@brand.title}} has been created for you. Your username is <strong>{{username}}</strong>.</p>
            <p>Your one-time access code is <strong style="font-size:20px;letter-spacing:2px">{{accessCode}}</strong></p>
            <p style="margin:24px 0"><a href="{{activationUrl}}" style="background:{{@brand.primaryColor}};color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;display:inline-block">Activate my login</a></p>
            <p>Enter the code there and choose your password. The code works once and expires in {{validForDays}} days.</p>
            """,
            """
            Welcome, {{userName}}

            A login to {{@brand.title}} has been created for you. Your username is {{username}}.
            Your one-time access code: {{accessCode}}

            Activate your login and choose your password at:
            {{activationUrl}}

            The code works once and expires in {{validForDays}} days.
            """),
        EmailTemplateDefinition.For(PasswordReset,
            "Sent when someone asks to reset a password (Need help logging in?) or an admin sends a reset.",
            new PasswordResetModel("Pat Doe", "http://localhost:5080/accelecom/activate?email=pat%40example.com&code=ABCD2EFGH3", "ABCD2EFGH3", 2),
            "Reset your {{@brand.title}} password",
            """
            <h1 style="font-size:22px;margin:0 0 16px">Reset your password</h1>
            <p>Hello {{userName}}, choose a new password with this link:</p>
            <p style="margin:24px 0"><a href="{{resetUrl}}" style="background:{{@brand.primaryColor}};color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;display:inline-block">Choose a new password</a></p>
            <p>The link works once and expires in {{validForHours}} hours. If you did not ask for it, ignore this email: your password stays as it is.</p>
            """,
            """
            Reset your password

            Hello {{userName}}, choose a new password with this link:
            {{resetUrl}}

            The link works once and expires in {{validForHours}} hours. If you did not ask for it, ignore this email.
            """),
        EmailTemplateDefinition.For(UsernameReminder,
            "Sent when someone asks for their username (Need help logging in?).",
            new UsernameReminderModel("Pat Doe", "pat@example.com", "http://localhost:5080/accelecom/login"),
            "Your {{@brand.title}} username",
            """
            <h1 style="font-size:22px;margin:0 0 16px">Your username</h1>
            <p>Hello {{userName}}, your username is <strong>{{username}}</strong>.</p>
            <p><a href="{{loginUrl}}">Log in</a></p>
            """,
            """
            Your username

            Hello {{userName}}, your username is {{username}}.
            Log in at {{loginUrl}}
            """),
        EmailTemplateDefinition.For(EmailChange,
            "Sent to a new address a user entered on their Profile; the link confirms the change.",
            new EmailChangeModel("Pat Doe", "pat.new@example.com", "http://localhost:5080/accelecom/profile/confirm-email?token=sample"),
            "Confirm your new {{@brand.title}} email address",
            """
            <h1 style="font-size:22px;margin:0 0 16px">Confirm your new address</h1>
            <p>Hello {{userName}}, confirm that <strong>{{newEmail}}</strong> is your new email address and username:</p>
            <p style="margin:24px 0"><a href="{{confirmUrl}}" style="background:{{@brand.primaryColor}};color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;display:inline-block">Confirm my address</a></p>
            """,
            """
            Confirm your new address

            Hello {{userName}}, confirm that {{newEmail}} is your new email address and username:
            {{confirmUrl}}
            """),
        .. OnboardingEmailTemplates.All,
    ];
}
