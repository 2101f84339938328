namespace SelfCare.Tickets.Contracts;

/// <summary>
/// A module's panel on Ticket Details: the view component <see cref="ViewComponentName"/> is invoked with a
/// <see cref="TicketPanelContext"/>, in <see cref="Order"/>, only while the module's feature is on. Register it as a singleton.
/// The component must itself respect the viewer's scope and hide staff-only parts from customers.
/// </summary>
public interface ITicketPanel
{
    string ModuleId { get; }

    string ViewComponentName { get; }

    int Order { get; }
}
