using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Accounts.Tickets;

/// <summary>Contacts as the subject of a ticket (wrong details, access for a person), through the scoped DbContext.</summary>
internal sealed class ContactTicketSubjects(AccountsDbContext db) : ITicketSubjectSource
{
    public string ModuleId => AccountsModule.Id;
    public string Kind => "contact";
    public string Label => "Contact";

    public async Task<TicketSubject?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await db.Contacts.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.Name, c.Role, c.AccountId })
            .FirstOrDefaultAsync(cancellationToken)) is { } c ? Subject(c.Id, c.Name, c.Role, c.AccountId) : null;

    public async Task<IReadOnlyList<TicketSubject>> ListAsync(Guid accountId, CancellationToken cancellationToken) =>
        [.. (await db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId && c.Active).OrderBy(c => c.Name)
                .Select(c => new { c.Id, c.Name, c.Role, c.AccountId }).ToListAsync(cancellationToken))
            .Select(c => Subject(c.Id, c.Name, c.Role, c.AccountId))];

    private TicketSubject Subject(Guid id, string name, string? role, Guid account) =>
        new(Kind, id, string.IsNullOrEmpty(role) ? name : $"{name} ({role})", account, $"/accounts/contacts/details/{id}");
}
