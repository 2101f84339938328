using Microsoft.EntityFrameworkCore;
using SelfCare.Tickets.Contracts;
using SelfCare.Tickets.Workflow;

namespace SelfCare.Tickets.Data;

/// <summary>Seeding and imports: writes a ticket and its journal directly (no emails), numbered like any other ticket.</summary>
internal sealed class TicketProvisioning(TicketsDbContext db) : ITicketProvisioning
{
    public async Task<long> CreateAsync(NewTicketRecord n, CancellationToken cancellationToken)
    {
        var status = TicketStatuses.Parse(n.Status) ?? throw new ArgumentException($"Unknown status {n.Status}.", nameof(n));
        var number = (await db.Tickets.IgnoreQueryFilters().MaxAsync(t => (long?)t.Number, cancellationToken) ?? TicketWorkflow.FirstNumber - 1) + 1;
        var ticket = new Ticket
        {
            Id = Guid.NewGuid(), Number = number, AccountId = n.AccountId,
            Category = TicketStatuses.ParseCategory(n.Category) ?? throw new ArgumentException($"Unknown category {n.Category}.", nameof(n)),
            Priority = TicketStatuses.ParsePriority(n.Priority) ?? throw new ArgumentException($"Unknown priority {n.Priority}.", nameof(n)),
            Status = status, Subject = n.Subject, Description = n.Description, AboutKind = n.About?.Kind ?? "account", AboutId = n.About?.Id,
            AboutTitle = n.About?.Title, AssignedTo = n.AssignedTo, ContactEmail = n.ContactEmail, ContactName = n.ContactEmail,
            CreatedAt = n.CreatedAt, CreatedBy = n.CreatedBy, UpdatedAt = n.CreatedAt,
        };
        var seq = 1;
        ticket.Journal.Add(Entry(seq++, JournalKind.StatusChange, n.CreatedBy, true, n.CreatedAt, "Ticket opened", null, TicketStatus.New));
        if (n.AssignedTo is { } staff)
            ticket.Journal.Add(Entry(seq++, JournalKind.Assignment, staff, false, n.CreatedAt.AddMinutes(5), $"Assigned to {staff}", null, null));
        foreach (var e in n.Entries)
        {
            ticket.Journal.Add(Entry(seq++, e.Internal ? JournalKind.InternalNote : JournalKind.Message, e.Author, e.ByCustomer, e.At, e.Text, null, null));
            if (!e.Internal)
                ticket.UpdatedAt = e.At;
        }
        if (status != TicketStatus.New)
        {
            var at = (n.Entries.Count == 0 ? n.CreatedAt : n.Entries.Max(e => e.At)).AddMinutes(10);
            ticket.Journal.Add(Entry(seq, JournalKind.StatusChange, n.AssignedTo ?? "support", false, at, null, TicketStatus.New, status));
            ticket.UpdatedAt = at;
        }
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        return number;
    }

    private static TicketJournalEntry Entry(int seq, JournalKind kind, string author, bool byCustomer, DateTimeOffset at, string? text,
        TicketStatus? from, TicketStatus? to) => new()
    {
        Id = Guid.NewGuid(), Sequence = seq, Kind = kind, Author = author, ByCustomer = byCustomer, At = at, Text = text, FromStatus = from, ToStatus = to,
    };
}
