using Microsoft.EntityFrameworkCore;
using SelfCare.Services.Data;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Services.Tickets;

/// <summary>Services as the subject of a ticket (a service's "Create Ticket for this service"), through the scoped DbContext.</summary>
internal sealed class ServiceTicketSubjects(ServicesDbContext db) : ITicketSubjectSource
{
    public string ModuleId => ServicesModule.Id;
    public string Kind => "service";
    public string Label => "Service";

    public async Task<TicketSubject?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Services.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Id, s.ServiceId, s.Description, s.AccountId })
            .FirstOrDefaultAsync(cancellationToken)) is { } s ? Subject(s.Id, s.ServiceId, s.Description, s.AccountId) : null;

    public async Task<IReadOnlyList<TicketSubject>> ListAsync(Guid accountId, CancellationToken cancellationToken) =>
        [.. (await db.Services.AsNoTracking().Where(s => s.AccountId == accountId).OrderBy(s => s.ServiceId)
                .Select(s => new { s.Id, s.ServiceId, s.Description, s.AccountId }).ToListAsync(cancellationToken))
            .Select(s => Subject(s.Id, s.ServiceId, s.Description, s.AccountId))];

    private TicketSubject Subject(Guid id, string serviceId, string? description, Guid account) =>
        new(Kind, id, string.IsNullOrEmpty(description) ? serviceId : $"{serviceId} – {description}", account, $"/services/details/{id}");
}
