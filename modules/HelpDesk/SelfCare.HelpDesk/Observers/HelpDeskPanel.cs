using SelfCare.Tickets.Contracts;

namespace SelfCare.HelpDesk.Observers;

/// <summary>HelpDesk's panel on Ticket Details (the HelpDeskPanel view component).</summary>
internal sealed class HelpDeskPanel : ITicketPanel
{
    public string ModuleId => HelpDeskModule.Id;
    public string ViewComponentName => "HelpDeskPanel";
    public int Order => 10;
}
