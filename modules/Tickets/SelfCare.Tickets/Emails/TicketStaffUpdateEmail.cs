namespace SelfCare.Tickets.Emails;

/// <summary>Model of "ticket-staff-update": support replied or changed the status (to the ticket's contact). Never carries internal notes.</summary>
public sealed record TicketStaffUpdateEmail(long Number, string Subject, string ContactName, string Event, string From, string Message, string Status);
