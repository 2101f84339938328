using SelfCare.Platform.Email;

namespace SelfCare.Tickets.Emails;

/// <summary>The email templates of the ticket flow, declared in the module manifest (tenant admins edit them).</summary>
internal static class TicketEmails
{
    public const string CustomerMessage = "ticket-customer-message";
    public const string StaffUpdate = "ticket-staff-update";

    public static readonly EmailTemplateDefinition CustomerMessageTemplate = EmailTemplateDefinition.For(CustomerMessage,
        "Sent to the ticket's assigned representative (or the support address while unassigned) when a customer opens a ticket or replies.",
        new TicketCustomerMessageEmail(100042, "Phone line down at the front desk", "AC-100102", "Bluegrass Health - Lexington",
            "replied", "lexington@bluegrasshealth.example", "The line is still dead after the reboot.", "Open"),
        "Ticket #{{number}} {{event}}: {{subject}}",
        "<p>{{from}} {{event}} on ticket <strong>#{{number}}</strong> ({{subject}}) for account {{accountNumber}} {{accountName}}.</p>"
        + "<blockquote>{{message}}</blockquote><p>Status: {{status}}</p><p><a href=\"{{@portalUrl}}/tickets/{{number}}\">Open the ticket</a></p>",
        "{{from}} {{event}} on ticket #{{number}} ({{subject}}) for account {{accountNumber}} {{accountName}}.\n\n{{message}}\n\n"
        + "Status: {{status}}\nOpen the ticket: {{@portalUrl}}/tickets/{{number}}");

    public static readonly EmailTemplateDefinition StaffUpdateTemplate = EmailTemplateDefinition.For(StaffUpdate,
        "Sent to the ticket's contact when support replies or changes the ticket's status (internal notes are never sent).",
        new TicketStaffUpdateEmail(100042, "Phone line down at the front desk", "Lexington front desk", "replied",
            "rep@accelecom.example", "A technician is on the way.", "Waiting on client"),
        "Ticket #{{number}}: {{subject}} ({{status}})",
        "<p>Hello {{contactName}},</p><p>{{from}} {{event}} on your ticket <strong>#{{number}}</strong> ({{subject}}).</p>"
        + "<blockquote>{{message}}</blockquote><p>Status: {{status}}</p>"
        + "<p><a href=\"{{@portalUrl}}/tickets/{{number}}\">Open the ticket</a> to reply.</p>",
        "Hello {{contactName}},\n\n{{from}} {{event}} on your ticket #{{number}} ({{subject}}).\n\n{{message}}\n\n"
        + "Status: {{status}}\nOpen the ticket to reply: {{@portalUrl}}/tickets/{{number}}");
}
