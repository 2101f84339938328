using SelfCare.Platform.Jobs;

namespace SelfCare.Host.Email.Outbox;

/// <summary>
/// The tenant job that empties the outbox, scheduled under the key "outbox": after a message is queued, when a
/// retry is due and, as a safety net, when a batch's lease would expire. Safe to fire twice: messages are claimed.
/// </summary>
internal sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : ITenantJob
{
    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) => dispatcher.RunAsync(cancellationToken);
}
