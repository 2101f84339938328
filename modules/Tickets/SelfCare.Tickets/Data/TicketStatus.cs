namespace SelfCare.Tickets.Data;

/// <summary>The workflow: New, Open, Waiting on client, Resolved, Closed (<see cref="TicketWorkflowRules"/> says which moves are allowed).</summary>
internal enum TicketStatus
{
    New,
    Open,
    WaitingOnClient,
    Resolved,
    Closed,
}
