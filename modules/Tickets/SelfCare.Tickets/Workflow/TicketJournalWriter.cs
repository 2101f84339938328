using SelfCare.Tickets.Contracts;

namespace SelfCare.Tickets.Workflow;

/// <summary><see cref="ITicketJournal"/> through the workflow: one journal entry and one email per key.</summary>
internal sealed class TicketJournalWriter(TicketWorkflow workflow) : ITicketJournal
{
    public async Task<TicketWriteOutcome> PostAsync(TicketPost post, CancellationToken ct)
    {
        var result = await workflow.PostAsync(post.TicketId, post.Text, new Actor(post.Author, post.ByCustomer), post.IdempotencyKey,
            post.NotifyEmail is { } email ? new SelfCare.Platform.Email.EmailRecipient(email, post.NotifyName) : null, ct);
        return result.Outcome switch
        {
            JournalOutcome.Added => TicketWriteOutcome.Added,
            JournalOutcome.Duplicate => TicketWriteOutcome.Duplicate,
            JournalOutcome.NotFound => TicketWriteOutcome.NotFound,
            _ => TicketWriteOutcome.Refused,
        };
    }
}
