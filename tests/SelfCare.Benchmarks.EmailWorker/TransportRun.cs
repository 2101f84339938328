using System.Diagnostics;
using System.Text.Json;
using SelfCare.Host.Email.Sending;
using SelfCare.Platform.Email;

namespace SelfCare.Benchmarks.EmailWorker;

/// <summary>SMTP hand-offs per second through the host's SmtpTransport alone (no database), one SmtpClient per worker.</summary>
internal static class TransportRun
{
    public static async Task<int> RunAsync(int port, int count, int parallelism)
    {
        var transport = new SmtpTransport();
        var sender = new SenderProfile("billing@accelecom.example", "Accelecom", null,
            new SmtpServer("127.0.0.1", port, null, null, false, 30), null, "bench");
        var html = string.Concat(Enumerable.Repeat("<p>Line of an email body with some text in it.</p>", 60));
        OutboxMessage Message(int i) => new()
        {
            Id = Guid.NewGuid(), MessageId = $"<{Guid.NewGuid():N}@bench>", ToAddress = $"customer{i}@example.com",
            Subject = $"Invoice {i}", HtmlBody = html, TextBody = "Plain text " + i,
        };

        using (var warm = transport.CreateClient(sender))
            await transport.SendAsync(warm, Message(0), sender, [], CancellationToken.None);
        var next = 0;
        var timer = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallelism).Select(async _ =>
        {
            using var client = transport.CreateClient(sender);
            while (Interlocked.Increment(ref next) <= count)
                await transport.SendAsync(client, Message(next), sender, [], CancellationToken.None);
        }));
        var seconds = timer.Elapsed.TotalSeconds;
        Console.WriteLine(JsonSerializer.Serialize(new { count, parallelism, seconds, perSecond = count / seconds }));
        return 0;
    }
}
