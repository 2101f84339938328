using SelfCare.Tickets.Contracts;
using SelfCare.Tickets.Data;

namespace SelfCare.Tickets.Workflow;

/// <summary><see cref="ITicketIntake"/>: another module's form opens a ticket about the account itself.</summary>
internal sealed class TicketIntake(TicketWorkflow workflow) : ITicketIntake
{
    public async Task<TicketHeader> OpenAsync(TicketRequest r, CancellationToken ct)
    {
        var category = TicketStatuses.ParseCategory(r.Category) ?? throw new ArgumentException($"Unknown category {r.Category}.", nameof(r));
        var priority = TicketStatuses.ParsePriority(r.Priority) ?? throw new ArgumentException($"Unknown priority {r.Priority}.", nameof(r));
        var t = await workflow.CreateAsync(new NewTicket(r.AccountId, category, priority, r.Subject, r.Description, "account", null, null,
            r.ContactEmail, r.ContactName), new Actor(r.Author, r.ByCustomer), r.IdempotencyKey, [], ct);
        return TicketDirectory.Header(t);
    }
}
