using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCare.Platform.Email;
using SelfCare.Platform.Jobs;

namespace SelfCare.Host.Email.Outbox;

/// <summary>Adds composed messages to the caller's DbContext (same transaction) and wakes the dispatcher after commit.</summary>
internal sealed class EmailOutbox(IEmailComposer composer, ITenantJobScheduler scheduler, IOptions<EmailOptions> options, TimeProvider clock)
    : IEmailOutbox
{
    public const string JobKey = "outbox";

    private bool _safetyNetSet;

    public Task<OutboxMessage> AddAsync<TModel>(DbContext db, string template, TModel model, EmailRecipient to,
        CancellationToken cancellationToken = default) where TModel : class =>
        AddAsync(db, template, model, to, [], cancellationToken);

    public async Task<OutboxMessage> AddAsync<TModel>(DbContext db, string template, TModel model, EmailRecipient to,
        IReadOnlyList<EmailAttachment> attachments, CancellationToken cancellationToken = default) where TModel : class
    {
        var message = await composer.ComposeAsync(template, model, to, cancellationToken);
        message.AttachmentsJson = OutboxAttachments.Write(attachments);
        db.Set<OutboxMessage>().Add(message);
        if (!_safetyNetSet)
        {
            // Set before the commit, once per scope: if the process stops between the commit and DispatchAsync, the
            // persistent trigger still sends the message; if the transaction rolls back, the run finds nothing.
            await scheduler.EnqueueAsync<OutboxDispatchJob>(JobKey, clock.GetUtcNow() + TimeSpan.FromSeconds(options.Value.SafetyNetSeconds), cancellationToken: cancellationToken);
            _safetyNetSet = true;
        }
        return message;
    }

    public Task DispatchAsync(CancellationToken cancellationToken = default) =>
        scheduler.EnqueueAsync<OutboxDispatchJob>(JobKey, null, null, cancellationToken);
}
