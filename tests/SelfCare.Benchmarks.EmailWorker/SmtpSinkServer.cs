using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SelfCare.Benchmarks.EmailWorker;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 that accepts every message (EHLO, MAIL, RCPT, DATA, QUIT). Prints "count N"
/// (messages accepted so far) at most every 200 ms. With <c>quickAck</c> it acknowledges every TCP segment at once
/// (Linux TCP_QUICKACK) instead of the kernel's delayed ACK: System.Net.Mail leaves Nagle on, so against a server
/// with delayed ACKs each message waits about 40 ms for the last segment of its DATA; the two modes show that cost.
/// </summary>
internal static class SmtpSinkServer
{
    private static long _count;

    public static async Task<int> RunAsync(int port, bool quickAck)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(512);
        Console.WriteLine("READY");
        _ = ReportAsync();
        while (true)
        {
            var client = await listener.AcceptTcpClientAsync();
            _ = Task.Run(() => ServeAsync(client, quickAck));
        }
    }

    private static async Task ReportAsync()
    {
        long reported = -1;
        while (true)
        {
            await Task.Delay(200);
            var count = Interlocked.Read(ref _count);
            if (count != reported)
                Console.WriteLine($"count {reported = count}");
        }
    }

    private static async Task ServeAsync(TcpClient client, bool quickAck)
    {
        using var _ = client;
        client.NoDelay = true;
        Stream stream = quickAck ? new QuickAckStream(client.Client) : client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ready");
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync("250-sink\r\n250 SIZE 52428800\r\n");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        while (await reader.ReadLineAsync() is { } body && body != ".")
                        {
                        }
                        Interlocked.Increment(ref _count);
                        await writer.WriteLineAsync("250 accepted");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The client went away.
        }
    }
}
