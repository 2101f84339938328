namespace SelfCare.Tickets.Emails;

/// <summary>Model of "ticket-customer-message": a customer opened a ticket or replied (to the assigned rep or the support address).</summary>
public sealed record TicketCustomerMessageEmail(
    long Number, string Subject, string AccountNumber, string AccountName, string Event, string From, string Message, string Status);
