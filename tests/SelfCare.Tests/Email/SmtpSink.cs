using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Email;

/// <summary>
/// A real SMTP server process on a loopback port (tests/SelfCare.Tests/Email/smtp_sink.py, python3), which can be
/// stopped and started again on the same port. It logs the Message-ID and recipients of every message it accepts.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"selfcare-smtp-{Guid.NewGuid():N}");
    private Process? _process;

    public SmtpSink()
    {
        Directory.CreateDirectory(MailFolder);
        Port = FreePort();
    }

    public int Port { get; }
    public string LogFile => Path.Combine(_folder, "received.log");
    public string MailFolder => Path.Combine(_folder, "mail");

    public SmtpSink Start()
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "SelfCare.Tests", "Email", "smtp_sink.py");
        var process = Process.Start(new ProcessStartInfo("python3", $"\"{script}\" {Port} \"{LogFile}\" \"{MailFolder}\"")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("python3 could not be started (apt-get install python3).");
        var ready = process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(20)) || ready.Result != "READY")
        {
            process.Kill();
            throw new InvalidOperationException("The SMTP sink did not start: " + process.StandardError.ReadToEnd());
        }
        _process = process;
        return this;
    }

    public void Stop()
    {
        if (_process is null)
            return;
        _process.Kill();
        _process.WaitForExit(10_000);
        _process.Dispose();
        _process = null;
    }

    /// <summary>The Message-ID of every message received so far, in arrival order (duplicates kept).</summary>
    public IReadOnlyList<string> ReceivedMessageIds() =>
        File.Exists(LogFile) ? [.. File.ReadAllLines(LogFile).Where(l => l.Length > 0).Select(l => l.Split('\t')[0])] : [];

    public IReadOnlyList<string> ReceivedFiles() => [.. Directory.EnumerateFiles(MailFolder, "*.eml").Order()];

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
