using SelfCare.Tickets.Contracts;

namespace SelfCare.Agreements.Tickets;

/// <summary>Agreements' panel on Ticket Details: the time drawn on the ticket; staff log time there (the AgreementsPanel view component).</summary>
internal sealed class AgreementsTicketPanel : ITicketPanel
{
    public string ModuleId => AgreementsModule.Id;
    public string ViewComponentName => "AgreementsPanel";
    public int Order => 20;
}
