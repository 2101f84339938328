using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCare.Host.Email.Sending;
using SelfCare.Host.Email.Settings;
using SelfCare.Platform.Email;
using SelfCare.Platform.Jobs;

namespace SelfCare.Host.Email.Outbox;

/// <summary>
/// Sends the current tenant's due outbox messages. Each batch is claimed with one conditional UPDATE (status,
/// lease token, lease expiry, attempt count), so two nodes never hold the same message; a message is marked
/// sent only after the server accepted it. A node that dies mid-send leaves its messages "Sending" until the
/// lease expires, then any node sends them again with the same Message-ID (at-least-once in that case only).
/// Failures back off exponentially and become dead letters after the maximum attempts. Attached files are read from
/// the tenant's file store at each attempt.
/// </summary>
internal sealed class OutboxDispatcher(
    EmailDbContext db, EmailSettingsService settings, SmtpTransport transport, OutboxAttachmentReader attachments, ITenantJobScheduler scheduler,
    IOptions<EmailOptions> options, IOptions<SmtpOptions> smtp, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private readonly EmailOptions _options = options.Value;
    private readonly SemaphoreSlim _database = new(1, 1);

    public async Task<DispatchSummary> RunAsync(CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var token = Guid.NewGuid().ToString("N");
        var lease = Lease();
        var budget = TimeSpan.FromSeconds(_options.RunBudgetSeconds);
        int sent = 0, failed = 0;
        DateTime? routeRetryAt = null;
        var safetyNetSet = false;
        SenderProfile? sender = null;
        // SMTP clients live for the whole run, so each worker keeps its connection from batch to batch.
        var clients = new ConcurrentBag<SmtpClient>();
        await ExpireAbandonedAsync(ct);
        try
        {
            while (routeRetryAt is null && clock.GetElapsedTime(started) < budget && !ct.IsCancellationRequested)
            {
                var batch = await ClaimAsync(token, lease, ct);
                if (batch.Count == 0)
                    break;
                if (!safetyNetSet)
                {
                    // Should this process die mid-batch, the persistent trigger brings a node back when the lease expires.
                    await scheduler.EnqueueAsync<OutboxDispatchJob>(EmailOutbox.JobKey, clock.GetUtcNow() + lease, cancellationToken: ct);
                    safetyNetSet = true;
                }
                try
                {
                    sender ??= await settings.ResolveAsync(ct);
                }
                catch (SenderUnavailableException e)
                {
                    routeRetryAt = await FailAsync(batch[0], token, e);
                    failed++;
                    foreach (var message in batch.Skip(1))
                        await ReleaseAsync(message, token);
                    break;
                }
                var result = await SendBatchAsync(batch, token, sender, clients, ct);
                sent += result.Sent;
                failed += result.Failed;
                routeRetryAt = result.RouteRetryAt;
            }
        }
        finally
        {
            foreach (var client in clients)
                client.Dispose();
        }
        await PruneSentAsync();
        var next = await ScheduleNextAsync(routeRetryAt, ct);
        if (sent + failed > 0)
            logger.LogInformation("Outbox run: {Sent} sent, {Failed} failed, next run {Next}", sent, failed, next);
        return new DispatchSummary(sent, failed, routeRetryAt is not null, next);
    }

    private sealed record BatchResult(int Sent, int Failed, DateTime? RouteRetryAt);

    private async Task<BatchResult> SendBatchAsync(List<OutboxMessage> batch, string token, SenderProfile sender,
        ConcurrentBag<SmtpClient> clients, CancellationToken ct)
    {
        var queue = new ConcurrentQueue<OutboxMessage>(batch);
        int sent = 0, failed = 0;
        long routeRetryTicks = 0; // set once by the first worker that finds the route down
        var workers = Enumerable.Range(0, Math.Clamp(_options.Parallelism, 1, batch.Count)).Select(async _ =>
        {
            var client = clients.TryTake(out var pooled) ? pooled : transport.CreateClient(sender);
            try
            {
                while (queue.TryDequeue(out var message))
                {
                    if (Interlocked.Read(ref routeRetryTicks) != 0 || ct.IsCancellationRequested)
                    {
                        await ReleaseAsync(message, token);
                        continue;
                    }
                    try
                    {
                        // Read now, not when queued: a file gone since then fails this message, which is not sent without it.
                        var files = attachments.Open(message);
                        try
                        {
                            await transport.SendAsync(client, message, sender, files, ct);
                        }
                        finally
                        {
                            files.ForEach(f => f.Dispose());
                        }
                    }
                    catch (OperationCanceledException) when (ct.IsCancellationRequested)
                    {
                        await ReleaseAsync(message, token);
                        continue;
                    }
                    catch (Exception e)
                    {
                        Interlocked.Increment(ref failed);
                        var retryAt = await FailAsync(message, token, e);
                        if (SmtpFailures.IsRouteFailure(e))
                            Interlocked.CompareExchange(ref routeRetryTicks, retryAt.Ticks, 0);
                        continue;
                    }
                    Interlocked.Increment(ref sent);
                    await MarkSentAsync(message, token);
                }
            }
            finally
            {
                clients.Add(client);
            }
        });
        await Task.WhenAll(workers);
        return new BatchResult(sent, failed, routeRetryTicks == 0 ? null : new DateTime(routeRetryTicks, DateTimeKind.Utc));
    }

    // Enough messages per claim to keep every SMTP connection busy.
    private int BatchSize => Math.Max(_options.BatchSize, Math.Max(1, _options.Parallelism) * 5);

    private TimeSpan Lease()
    {
        // Long enough for a whole batch to time out message by message, so a live dispatcher never loses its lease.
        var rounds = (int)Math.Ceiling(BatchSize / (double)Math.Max(1, _options.Parallelism)) + 1;
        var worstCase = TimeSpan.FromSeconds(rounds * smtp.Value.TimeoutSeconds);
        var configured = TimeSpan.FromSeconds(_options.LeaseSeconds);
        return configured > worstCase ? configured : worstCase;
    }

    private Expression<Func<OutboxMessage, bool>> Due(DateTime now)
    {
        var max = _options.MaxAttempts;
        return m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                    || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now && m.Attempts < max);
    }

    private async Task<List<OutboxMessage>> ClaimAsync(string token, TimeSpan lease, CancellationToken ct)
    {
        var now = Now();
        var ids = await db.Outbox.AsNoTracking().Where(Due(now)).OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (ids.Count == 0)
            return [];
        var until = now + lease;
        // The due condition is repeated in the UPDATE: of two nodes racing for a row, only one sees it still due.
        await db.Outbox.Where(m => ids.Contains(m.Id)).Where(Due(now)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sending)
            .SetProperty(m => m.LeaseToken, token)
            .SetProperty(m => m.LeaseUntil, until)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        return await db.Outbox.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.LeaseToken == token && m.Status == OutboxStatus.Sending).ToListAsync(ct);
    }

    private Task MarkSentAsync(OutboxMessage message, string token) => Locked(async () =>
    {
        var now = Now();
        var updated = await db.Outbox.Where(m => m.Id == message.Id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentAt, now)
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null)
            .SetProperty(m => m.LastError, (string?)null));
        if (updated == 0)
            logger.LogWarning("Outbox message {MessageId} was sent after its lease expired; another node may send it again", message.MessageId);
    });

    /// <summary>Records a failed attempt; returns when the message will be tried again.</summary>
    private async Task<DateTime> FailAsync(OutboxMessage message, string token, Exception error)
    {
        var now = Now();
        var dead = message.Attempts >= _options.MaxAttempts;
        var retryAt = now + OutboxRetryPolicy.DelayAfter(message.Attempts, _options);
        var description = SmtpFailures.Describe(error);
        await Locked(() => db.Outbox.Where(m => m.Id == message.Id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, dead ? OutboxStatus.Dead : OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, dead ? message.NextAttemptAt : retryAt)
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null)
            .SetProperty(m => m.LastError, description)));
        logger.LogWarning("Outbox message {MessageId} attempt {Attempt} failed{Dead}: {Error}",
            message.MessageId, message.Attempts, dead ? " (dead letter)" : "", description);
        return retryAt;
    }

    /// <summary>Hands a claimed message back untried: its attempt does not count.</summary>
    private Task ReleaseAsync(OutboxMessage message, string token) => Locked(() =>
        db.Outbox.Where(m => m.Id == message.Id && m.LeaseToken == token).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, m => m.Attempts - 1)
            .SetProperty(m => m.LeaseToken, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTime?)null)));

    // A message whose dispatcher died on its last allowed attempt: it may have been delivered, so do not resend on our own.
    private Task ExpireAbandonedAsync(CancellationToken ct)
    {
        var now = Now();
        var max = _options.MaxAttempts;
        return db.Outbox.Where(m => m.Status == OutboxStatus.Sending && m.LeaseUntil < now && m.Attempts >= max)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Dead)
                .SetProperty(m => m.LeaseToken, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, "The sender stopped during the last attempt and did not confirm delivery. Retry if it did not arrive."), ct);
    }

    private Task PruneSentAsync()
    {
        var before = Now().AddDays(-Math.Max(1, _options.SentRetentionDays));
        return db.Outbox.Where(m => m.Status == OutboxStatus.Sent && m.CreatedAt < before).ExecuteDeleteAsync();
    }

    private async Task<DateTime?> ScheduleNextAsync(DateTime? routeRetryAt, CancellationToken ct)
    {
        DateTime? next = routeRetryAt;
        if (next is null)
        {
            var max = _options.MaxAttempts;
            var pending = await db.Outbox.Where(m => m.Status == OutboxStatus.Pending)
                .OrderBy(m => m.NextAttemptAt).Select(m => (DateTime?)m.NextAttemptAt).FirstOrDefaultAsync(CancellationToken.None);
            var leased = await db.Outbox.Where(m => m.Status == OutboxStatus.Sending && m.Attempts < max)
                .OrderBy(m => m.LeaseUntil).Select(m => m.LeaseUntil).FirstOrDefaultAsync(CancellationToken.None);
            next = pending is null ? leased : leased is null || pending < leased ? pending : leased;
        }
        if (next is null)
            return null;
        var when = DateTime.SpecifyKind(next.Value, DateTimeKind.Utc);
        var now = Now();
        if (when < now)
            when = now;
        await scheduler.EnqueueAsync<OutboxDispatchJob>(EmailOutbox.JobKey, new DateTimeOffset(when), cancellationToken: CancellationToken.None);
        return when;
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private async Task Locked(Func<Task> action)
    {
        await _database.WaitAsync();
        try
        {
            await action();
        }
        finally
        {
            _database.Release();
        }
    }
}
