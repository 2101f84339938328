using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Outbox;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Data;
using SelfCare.Platform.Email;
using SelfCare.Platform.Security;
using SelfCare.Platform.Tenancy;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Email;

/// <summary>
/// The outbox against a real SMTP server process on loopback, dispatched by the real Quartz scheduler (and, where
/// the test needs to race, by dispatchers run directly): exactly-once delivery across an outage, backoff and dead
/// letters, leases between concurrent dispatchers, and the one-transaction guarantee for modules.
/// </summary>
public abstract class OutboxDispatchTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private async Task<List<OutboxMessage>> QueueAsync(string tenantId, int count, bool dispatch = true)
    {
        await using var scope = portal.TenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<EmailDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        var queued = new List<OutboxMessage>();
        for (var i = 0; i < count; i++)
        {
            var to = $"customer{i}@{tenantId}-customers.example";
            queued.Add(await outbox.AddAsync(db, PlatformEmailTemplates.TestMessage, new TestMessageModel(to, DateTime.UtcNow, "a test"), new EmailRecipient(to)));
        }
        await db.SaveChangesAsync();
        if (dispatch)
            await outbox.DispatchAsync();
        return queued;
    }

    private async Task WaitForAsync(string tenantId, Func<List<OutboxMessage>, bool> condition, string what)
    {
        for (var i = 0; i < 300; i++)
        {
            if (condition(await portal.OutboxAsync(tenantId)))
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{tenantId}: {what} did not happen within 30 s.");
    }

    [Fact]
    public async Task A_thousand_emails_queued_while_the_server_is_down_all_arrive_exactly_once_when_it_returns()
    {
        using var smtp = new SmtpSink();
        await portal.UseSmtpAsync("accelerando", smtp.Port);
        smtp.Start().Stop(); // the server has been there; now it is down

        var queued = await QueueAsync("accelerando", 1000);
        await WaitForAsync("accelerando", m => m.Any(x => x.Attempts > 0 && x.LastError is not null), "a failed attempt");
        var duringOutage = await portal.OutboxAsync("accelerando");
        Assert.Contains(duringOutage, m => m.Status == OutboxStatus.Pending && m.LastError?.Contains("Failure sending mail") == true);
        // A refused connection ends the run: only the messages in flight at that moment (one per connection) are charged.
        Assert.True(duringOutage.Count(m => m.Attempts > 0) < 50, "An outage must not burn every message's attempts.");

        smtp.Start();
        var settled = await portal.WaitUntilSettledAsync("accelerando", TimeSpan.FromSeconds(120), expected: 1000);
        Assert.All(settled, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var received = smtp.ReceivedMessageIds();
        Assert.Equal(1000, received.Count);
        Assert.Equal(1000, received.Distinct().Count());
        Assert.Equal(queued.Select(m => m.MessageId).Order(), received.Order());
    }

    [Fact]
    public async Task Failures_back_off_then_dead_letter_and_a_retried_dead_letter_is_sent()
    {
        using var smtp = new SmtpSink(); // not started: nothing listens on its port
        await portal.UseSmtpAsync("calltower", smtp.Port);
        var message = (await QueueAsync("calltower", 1)).Single();

        await WaitForAsync("calltower", m => m.Single().Status == OutboxStatus.Dead, "dead-lettering");
        var dead = (await portal.OutboxAsync("calltower")).Single();
        Assert.Equal(EmailPortalBase.MaxAttempts, dead.Attempts);
        Assert.Contains("Failure sending mail", dead.LastError);
        // Exponential with a cap: 1 s, 2 s, 2 s between the four attempts.
        Assert.True(DateTime.UtcNow - DateTime.SpecifyKind(dead.CreatedAt, DateTimeKind.Utc) >= TimeSpan.FromSeconds(4.5));
        Assert.Empty(smtp.ReceivedMessageIds());

        smtp.Start();
        using var admin = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        var page = await admin.GetStringAsync("admin/email-outbox?status=Dead");
        Assert.Contains("Failure sending mail", page);
        var retry = await admin.PostFormAsync("admin/email-outbox?status=Dead", new Dictionary<string, string> { ["id"] = message.Id.ToString() },
            "admin/email-outbox?handler=Retry");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, retry.StatusCode);

        var sent = (await portal.WaitUntilSettledAsync("calltower", TimeSpan.FromSeconds(30))).Single();
        Assert.Equal((OutboxStatus.Sent, 1), (sent.Status, sent.Attempts));
        Assert.Equal([message.MessageId], smtp.ReceivedMessageIds());
    }

    [Fact]
    public async Task Concurrent_dispatchers_send_each_message_once_and_an_expired_lease_is_taken_over()
    {
        using var smtp = new SmtpSink();
        smtp.Start();
        await portal.UseSmtpAsync("accelecom", smtp.Port);
        var queued = await QueueAsync("accelecom", 200, dispatch: false);

        // A crashed node's message (lease expired) and a live node's (lease still running).
        await using (var scope = portal.TenantScope("accelecom"))
        {
            var db = scope.ServiceProvider.GetRequiredService<EmailDbContext>();
            var crashed = await db.Outbox.FirstAsync(m => m.Id == queued[0].Id);
            crashed.Status = OutboxStatus.Sending;
            crashed.Attempts = 1;
            crashed.LeaseToken = "crashed-node";
            crashed.LeaseUntil = DateTime.UtcNow.AddMinutes(-1);
            var live = await db.Outbox.FirstAsync(m => m.Id == queued[1].Id);
            live.Status = OutboxStatus.Sending;
            live.Attempts = 1;
            live.LeaseToken = "live-node";
            live.LeaseUntil = DateTime.UtcNow.AddMinutes(10);
            await db.SaveChangesAsync();
        }

        var runs = Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var scope = portal.TenantScope("accelecom");
            return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunAsync(CancellationToken.None);
        });
        await Task.WhenAll(runs);
        // A run that ends while others still hold due messages schedules the job, so the scheduler may join in: wait for it.
        var ours = queued.Select(m => m.MessageId).ToHashSet();
        await WaitForAsync("accelecom", m => m.Where(x => ours.Contains(x.MessageId) && x.Id != queued[1].Id).All(x => x.Status == OutboxStatus.Sent),
            "sending every message but the live node's");

        var received = smtp.ReceivedMessageIds().Where(ours.Contains).ToList();
        Assert.Equal(199, received.Count);
        Assert.Equal(199, received.Distinct().Count());
        Assert.DoesNotContain(queued[1].MessageId, received);
        Assert.Contains(queued[0].MessageId, received);
        var after = await portal.OutboxAsync("accelecom");
        Assert.Equal((OutboxStatus.Sent, 2), after.Where(m => m.Id == queued[0].Id).Select(m => (m.Status, m.Attempts)).Single());
        Assert.Equal(OutboxStatus.Sending, after.Single(m => m.Id == queued[1].Id).Status);

        await using var cleanup = portal.TenantScope("accelecom");
        await cleanup.ServiceProvider.GetRequiredService<EmailDbContext>().Outbox.Where(m => m.Id == queued[1].Id).ExecuteDeleteAsync();
    }

    [Fact]
    public async Task A_module_change_and_the_email_it_causes_commit_together_or_not_at_all()
    {
        await portal.ActivateAsync("accelecom");
        await using var scope = portal.TenantScope("accelecom");
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>().Current;
        var builder = new DbContextOptionsBuilder<ShipmentsDbContext>();
        builder.UseDatabase(tenant.Database);
        var options = builder.Options;
        await using var db = new ShipmentsDbContext(options, scope.ServiceProvider.GetRequiredService<IAccountScope>());
        await db.Database.ExecuteSqlRawAsync(portal.UsesPostgres
            ? "CREATE TABLE IF NOT EXISTS test_shipments (\"Id\" uuid PRIMARY KEY, \"Number\" varchar(40) NOT NULL)"
            : "CREATE TABLE IF NOT EXISTS test_shipments (\"Id\" TEXT PRIMARY KEY, \"Number\" TEXT NOT NULL)");
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        var model = new TestMessageModel("ops@derbycity.example", DateTime.UtcNow, "a test");

        var shipment = new Shipment { Id = Guid.NewGuid(), Number = "SHIP-1" };
        db.Shipments.Add(shipment);
        var committed = await outbox.AddAsync(db, PlatformEmailTemplates.TestMessage, model, new EmailRecipient("ops@derbycity.example"));
        await db.SaveChangesAsync();

        db.ChangeTracker.Clear();
        db.Shipments.Add(new Shipment { Id = shipment.Id, Number = "SHIP-1-AGAIN" }); // same key: the save fails
        var rolledBack = await outbox.AddAsync(db, PlatformEmailTemplates.TestMessage, model, new EmailRecipient("ops@derbycity.example"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        var messages = await portal.OutboxAsync("accelecom");
        Assert.Contains(messages, m => m.Id == committed.Id);
        Assert.DoesNotContain(messages, m => m.Id == rolledBack.Id);
        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.Shipments.CountAsync(s => s.Id == shipment.Id));

        // Nobody called DispatchAsync: the trigger set when the message was added sends it anyway.
        await WaitForAsync("accelecom", m => m.Single(x => x.Id == committed.Id).Status != OutboxStatus.Pending, "the safety-net run");
    }
}

public sealed class OutboxDispatchOnSqlite(EmailPortal portal) : OutboxDispatchTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class OutboxDispatchOnPostgres(EmailPostgresPortal portal) : OutboxDispatchTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
