namespace SelfCare.Tickets.Data;

internal enum TicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
