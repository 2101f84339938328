using Microsoft.EntityFrameworkCore;

namespace SelfCare.Platform.Email;

/// <summary>
/// Queues email in the same transaction as the change that causes it:
/// <code>
/// await outbox.AddAsync(db, "invoice-ready", model, recipient, ct);   // db: your module's DbContext
/// await db.SaveChangesAsync(ct);                                       // commits the change and the email together
/// await outbox.DispatchAsync(ct);                                      // asks the dispatcher job to run now
/// </code>
/// Without the last call the message still goes out on the dispatcher's next run.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>Composes the message and adds it to <paramref name="db"/> (any DbContext that maps the outbox; every module DbContext does).</summary>
    Task<OutboxMessage> AddAsync<TModel>(DbContext db, string template, TModel model, EmailRecipient to, CancellationToken cancellationToken = default)
        where TModel : class;

    /// <summary>As above, with files from the tenant's file store attached (read when the message is sent, not now).</summary>
    Task<OutboxMessage> AddAsync<TModel>(DbContext db, string template, TModel model, EmailRecipient to, IReadOnlyList<EmailAttachment> attachments,
        CancellationToken cancellationToken = default) where TModel : class;

    /// <summary>Schedules the current tenant's dispatcher job to run now. Call after the transaction commits.</summary>
    Task DispatchAsync(CancellationToken cancellationToken = default);
}
