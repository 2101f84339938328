using SelfCare.HelpDesk.Data;
using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages;

internal sealed record TargetRow(SupportRequest Request, TicketHeader Ticket, DateTimeOffset NextDue);
