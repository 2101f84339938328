using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace SelfCare.Tests.Faults;

/// <summary>
/// A small SMTP server in the test on a loopback port. While <see cref="Refusing"/> it greets every connection with
/// "421 service not available" and hangs up (a mail server that is up but not taking mail); otherwise it takes messages
/// and keeps each one's Message-ID, duplicates included.
/// </summary>
internal sealed partial class FlakySmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile bool _refusing = true;
    private int _refused;

    public FlakySmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public bool Refusing { get => _refusing; set => _refusing = value; }
    public int Refused => Volatile.Read(ref _refused);
    public ConcurrentQueue<string> MessageIds { get; } = new();

    [GeneratedRegex(@"^Message-ID:\s*(\S+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex MessageIdHeader();

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            if (Refusing)
            {
                Interlocked.Increment(ref _refused);
                await writer.WriteLineAsync("421 4.3.2 Service not available, try again later");
                return;
            }
            await writer.WriteLineAsync("220 flaky.test ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-flaky.test");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var message = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                            message.AppendLine(data);
                        var id = MessageIdHeader().Match(message.ToString());
                        MessageIds.Enqueue(id.Success ? id.Groups[1].Value : "(none)");
                        await writer.WriteLineAsync("250 2.0.0 Queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _accepting.Wait(5000); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
