using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Email;
using SelfCare.Platform.Files;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Reports;

namespace SelfCare.Tests.Email;

/// <summary>
/// Attachments through the outbox and a real SMTP server process: a stored file arrives byte for byte under a hostile
/// name that cannot inject headers; a file gone by send time fails its message visibly (the rest of the outbox still
/// goes); and a scheduled report above the attachment limit (1 KB in these fixtures) is sent with its link only.
/// </summary>
public abstract class OutboxAttachmentTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private const string HostileName = "Relevé \"mars\"\r\nBcc: spy@evil.example\r\n.csv";

    private async Task<StoredFile> StoreAsync(string tenantId, byte[] content)
    {
        await using var scope = portal.TenantScope(tenantId);
        var saved = await scope.ServiceProvider.GetRequiredService<IFileStore>()
            .SaveAsync(new MemoryStream(content), "usage.csv", null, new UploadPolicy(1024 * 1024, [FileKind.Csv]));
        return saved.File ?? throw new InvalidOperationException(saved.Refusal);
    }

    private async Task<OutboxMessage> QueueAsync(string tenantId, string to, params EmailAttachment[] attachments)
    {
        await using var scope = portal.TenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<EmailDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        var message = await outbox.AddAsync(db, PlatformEmailTemplates.TestMessage, new TestMessageModel(to, DateTime.UtcNow, "attachments"),
            new EmailRecipient(to), attachments);
        await db.SaveChangesAsync();
        await outbox.DispatchAsync();
        return message;
    }

    [Fact]
    public async Task A_stored_file_arrives_attached_through_SMTP_byte_for_byte_under_a_hostile_name()
    {
        using var smtp = new SmtpSink();
        smtp.Start();
        await portal.UseSmtpAsync("accelerando", smtp.Port);
        var content = Encoding.UTF8.GetBytes("service,minutes\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"SV-{i},{i % 60}\n")));
        var file = await StoreAsync("accelerando", content);

        var queued = await QueueAsync("accelerando", "finance@accelerando-customer.example",
            new EmailAttachment(file.Id, HostileName, file.ContentType, file.Size));
        var stored = (await portal.OutboxAsync("accelerando")).Single(m => m.Id == queued.Id);
        Assert.Contains(file.Id.ToString(), stored.AttachmentsJson);

        var sent = (await portal.WaitUntilSettledAsync("accelerando", TimeSpan.FromSeconds(60))).Single(m => m.Id == queued.Id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        var eml = smtp.ReceivedFiles().Select(File.ReadAllText).Single(t => t.Contains(queued.MessageId));
        var message = MimeReader.Parse(eml);
        Assert.Null(message.Header("Bcc"));
        Assert.Equal("multipart/mixed", message.MediaType);
        var attachment = Assert.Single(message.Attachments());
        Assert.Equal("Relevé \"mars\" Bcc: spy@evil.example .csv", attachment.FileName);
        Assert.Equal("text/csv", attachment.MediaType);
        Assert.Equal(content, attachment.Body);
        // The SMTP envelope went to the recipient only: the name injected no one.
        Assert.DoesNotContain(File.ReadAllLines(smtp.LogFile), l => l.Contains("evil.example"));
    }

    [Fact]
    public async Task A_message_whose_file_is_gone_fails_visibly_and_is_never_sent_without_it()
    {
        using var smtp = new SmtpSink();
        smtp.Start();
        await portal.UseSmtpAsync("calltower", smtp.Port);
        var file = await StoreAsync("calltower", "a,b\n1,2\n"u8.ToArray());
        await using (var scope = portal.TenantScope("calltower"))
            Assert.True(await scope.ServiceProvider.GetRequiredService<IFileStore>().DeleteAsync(file.Id));

        var orphan = await QueueAsync("calltower", "ops@calltower-customer.example", new EmailAttachment(file.Id, "cdr.csv", file.ContentType, file.Size));
        var plain = await QueueAsync("calltower", "billing@calltower-customer.example");

        var settled = await portal.WaitUntilSettledAsync("calltower", TimeSpan.FromSeconds(60), expected: 2);
        var dead = settled.Single(m => m.Id == orphan.Id);
        Assert.Equal((OutboxStatus.Dead, EmailPortalBase.MaxAttempts), (dead.Status, dead.Attempts));
        Assert.Contains("'cdr.csv'", dead.LastError);
        Assert.Contains("no longer stored", dead.LastError);
        // A message's missing file is not a route failure: the other message went out.
        Assert.Equal(OutboxStatus.Sent, settled.Single(m => m.Id == plain.Id).Status);
        Assert.Equal([plain.MessageId], smtp.ReceivedMessageIds());
    }

    [Fact]
    public async Task A_scheduled_report_above_the_attachment_limit_is_sent_with_its_link_only_and_says_so()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var saved = await admin.PostFormAsync("reports/scheduleedit?report=sample.accounts", new Dictionary<string, string>
        {
            ["Input.Name"] = "Big accounts", ["Input.Range"] = "last-7-days", ["Input.Format"] = "Xlsx", ["Input.Frequency"] = "Weekly",
            ["Input.DayOfWeek"] = "1", ["Input.Time"] = "08:00", ["Input.Recipients"] = ReportsKit.Outsider,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/').Last();
        await admin.PostFormAsync($"reports/schedule/{id}", new Dictionary<string, string>(), $"reports/schedule/{id}?handler=RunNow");

        var mail = Assert.Single(await ReportsKit.MailAsync(portal, ReportsKit.Outsider, "scheduled-report"));
        Assert.Null(mail.AttachmentsJson);
        Assert.Contains("larger than 1 KB, so it is not attached", mail.TextBody);
        Assert.Contains("/reports/file?token=", mail.TextBody);
        await portal.WaitUntilSettledAsync("accelecom", TimeSpan.FromSeconds(60));
        var eml = Directory.EnumerateFiles(portal.MailFolder("accelecom"), "*.eml").Select(File.ReadAllText).Single(t => t.Contains(mail.MessageId));
        Assert.Empty(MimeReader.Parse(eml).Attachments());
    }
}

public sealed class OutboxAttachmentOnSqlite(EmailPortal portal) : OutboxAttachmentTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class OutboxAttachmentOnPostgres(EmailPostgresPortal portal) : OutboxAttachmentTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
