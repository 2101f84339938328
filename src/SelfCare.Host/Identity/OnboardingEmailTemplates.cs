using SelfCare.Platform.Email;

namespace SelfCare.Host.Identity;

/// <summary>The sign-up and access-request emails: to the account's admins, back to the requester, to staff.</summary>
internal static class OnboardingEmailTemplates
{
    public const string SignUpRequested = "signup-requested";
    public const string SignUpDecided = "signup-decided";
    public const string AccessRequested = "access-requested";

    public static IReadOnlyList<EmailTemplateDefinition> All { get; } =
    [
        EmailTemplateDefinition.For(SignUpRequested,
            "Sent to the customer admins of an account when someone asks to be added to it (Sign up for an account).",
            new SignUpRequestedModel("Pat Doe", "pat@example.com", "502-555-0199", "AC-100100", "Bluegrass Health Partners", "I joined accounts payable.",
                "http://localhost:5080/accelecom/users/requests"),
            "{{requesterName}} asks to join {{accountNumber}} on {{@brand.title}}",
            """
            <h1 style="font-size:22px;margin:0 0 16px">A sign-up request for {{accountName}}</h1>
            <p><strong>{{requesterName}}</strong> ({{requesterEmail}}{{#if requesterPhone}}, {{requesterPhone}}{{/if}}) asks to be added to account {{accountNumber}}.</p>
            {{#if message}}<p>Their message: {{message}}</p>{{/if}}
            <p style="margin:24px 0"><a href="{{reviewUrl}}" style="background:{{@brand.primaryColor}};color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;display:inline-block">Approve or reject</a></p>
            <p>If you do not know this person, reject the request.</p>
            """,
            """
            A sign-up request for {{accountName}}

            {{requesterName}} ({{requesterEmail}}{{#if requesterPhone}}, {{requesterPhone}}{{/if}}) asks to be added to account {{accountNumber}}.
            {{#if message}}Their message: {{message}}{{/if}}

            Approve or reject at {{reviewUrl}}
            If you do not know this person, reject the request.
            """),
        EmailTemplateDefinition.For(SignUpDecided,
            "Sent to a person who asked to join an account, once its admins approved (a welcome email with an access code follows) or rejected.",
            new SignUpDecidedModel("Pat Doe", "Bluegrass Health Partners", true, "http://localhost:5080/accelecom/login"),
            "Your {{@brand.title}} sign-up request",
            """
            <h1 style="font-size:22px;margin:0 0 16px">Your sign-up request</h1>
            {{#if approved}}
            <p>Hello {{userName}}, the administrators of {{accountName}} approved your request. A separate email brings your one-time access code to choose a password.</p>
            <p><a href="{{loginUrl}}">Log in</a></p>
            {{else}}
            <p>Hello {{userName}}, the administrators of {{accountName}} did not approve your request. Ask them directly if you think this is a mistake.</p>
            {{/if}}
            """,
            """
            Your sign-up request

            {{#if approved}}Hello {{userName}}, the administrators of {{accountName}} approved your request. A separate email brings your one-time access code to choose a password.
            Log in at {{loginUrl}}{{else}}Hello {{userName}}, the administrators of {{accountName}} did not approve your request. Ask them directly if you think this is a mistake.{{/if}}
            """),
        EmailTemplateDefinition.For(AccessRequested,
            "Sent to the tenant's staff when a prospect fills in Request portal access.",
            new AccessRequestedModel("Pat Doe", "Main Street Bakery", "pat@example.com", "502-555-0199", "We would like to use the portal.",
                "http://localhost:5080/accelerando/users/access-requests"),
            "Portal access requested by {{company}}",
            """
            <h1 style="font-size:22px;margin:0 0 16px">Portal access requested</h1>
            <p><strong>{{name}}</strong> of <strong>{{company}}</strong> ({{email}}{{#if phone}}, {{phone}}{{/if}}) asks for a login to {{@brand.title}}.</p>
            {{#if message}}<p>Their message: {{message}}</p>{{/if}}
            <p><a href="{{listUrl}}">All access requests</a></p>
            """,
            """
            Portal access requested

            {{name}} of {{company}} ({{email}}{{#if phone}}, {{phone}}{{/if}}) asks for a login to {{@brand.title}}.
            {{#if message}}Their message: {{message}}{{/if}}

            All access requests: {{listUrl}}
            """),
    ];
}
