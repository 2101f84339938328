using Microsoft.EntityFrameworkCore;
using SelfCare.Platform.Email;
using SelfCare.Platform.Jobs;

namespace SelfCare.Host.Email.Outbox;

/// <summary>Adds composed messages to the caller's DbContext (same transaction) and wakes the dispatcher after commit.</summary>
internal sealed class EmailOutbox(IEmailComposer composer, ITenantJobScheduler scheduler) : IEmailOutbox
{
    public const string JobKey = "outbox";

    public async Task<OutboxMessage> AddAsync<TModel>(DbContext db, string template, TModel model, EmailRecipient to,
        CancellationToken cancellationToken = default) where TModel : class
    {
        var message = await composer.ComposeAsync(template, model, to, cancellationToken);
        db.Set<OutboxMessage>().Add(message);
        return message;
    }

    public Task DispatchAsync(CancellationToken cancellationToken = default) =>
        scheduler.EnqueueAsync<OutboxDispatchJob>(JobKey, null, null, cancellationToken);
}
