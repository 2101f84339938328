using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Settings;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Email;
using SelfCare.Tests.Cluster;
using Xunit.Abstractions;

namespace SelfCare.Tests.Faults;

/// <summary>
/// The tenant's mail server is up but refuses mail ("421 try again later") for a while: the outbox keeps every message,
/// retries with backoff, and once the server takes mail again each message arrives exactly once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SmtpOutageTests(SmtpOutagePortal portal, ITestOutputHelper output) : IClassFixture<SmtpOutagePortal>
{
    private const string Tenant = "calltower";
    private const int Messages = 200;

    [Fact]
    public async Task Mail_queued_while_the_server_refuses_arrives_exactly_once_when_it_accepts_again()
    {
        using var smtp = new FlakySmtpServer();
        await portal.ActivateAsync(Tenant);
        await using (var scope = portal.TenantScope(Tenant))
        {
            var settings = scope.ServiceProvider.GetRequiredService<EmailSettingsService>();
            var current = await settings.GetAsync(CancellationToken.None);
            current.UseHostServer = false;
            current.SmtpHost = "127.0.0.1";
            current.SmtpPort = smtp.Port;
            current.SmtpEnableSsl = false;
            current.FromAddress = "billing@calltower.example";
            await settings.SaveAsync(current, null, false, CancellationToken.None);
        }

        var queued = new List<OutboxMessage>();
        await using (var scope = portal.TenantScope(Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<EmailDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
            for (var i = 0; i < Messages; i++)
            {
                var to = $"outage{i}@calltower-customers.example";
                queued.Add(await outbox.AddAsync(db, PlatformEmailTemplates.TestMessage, new TestMessageModel(to, DateTime.UtcNow, "an outage"), new EmailRecipient(to)));
            }
            await db.SaveChangesAsync();
            await outbox.DispatchAsync();
        }

        // Refused for 8 seconds: several retry rounds meet the 421.
        var refusedUntil = DateTime.UtcNow.AddSeconds(8);
        while (DateTime.UtcNow < refusedUntil)
            await Task.Delay(200);
        var during = await portal.OutboxAsync(Tenant);
        output.WriteLine($"{smtp.Refused} connections refused; outbox: {during.Count(m => m.Status == OutboxStatus.Pending)} pending, " +
            $"{during.Count(m => m.Status == OutboxStatus.Sent)} sent, last error: {during.Select(m => m.LastError).LastOrDefault(e => e is not null)}");
        Assert.True(smtp.Refused >= 2, "The outbox did not retry while the server refused.");
        Assert.Empty(smtp.MessageIds);
        Assert.DoesNotContain(during, m => m.Status is OutboxStatus.Sent or OutboxStatus.Dead);

        smtp.Refusing = false;
        var settled = await portal.WaitUntilSettledAsync(Tenant, TimeSpan.FromSeconds(120), expected: Messages);
        Assert.All(settled, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        var received = smtp.MessageIds.Select(id => id.Trim('<', '>')).ToList();
        Assert.Equal(Messages, received.Count);
        Assert.Equal(queued.Select(m => m.MessageId.Trim('<', '>')).Order(), received.Order());
    }
}
