using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SelfCare.Benchmarks.Email;

/// <summary>
/// tests/SelfCare.Benchmarks.EmailWorker: one process per measurement, plus the SMTP sink processes.
/// </summary>
internal sealed class EmailWorkerProcess(string directory) : WorkerProcess(directory, Project)
{
    private const string Project = "SelfCare.Benchmarks.EmailWorker";

    public static async Task<EmailWorkerProcess> PublishAsync(string repository, string work) =>
        new(await PublishAsync(repository, work, Project));

    /// <summary>Starts an SMTP sink on a free loopback port; it runs until <see cref="Sink.Dispose"/>.</summary>
    public Sink StartSink(bool quickAck)
    {
        var port = FreePort();
        var process = ChildProcesses.Start(ChildProcesses.CleanStart("dotnet", Directory, [Dll, "sink", port.ToString(), .. quickAck ? new[] { "quickack" } : []]));
        var ready = process.StandardOutput.ReadLine();
        if (ready != "READY")
            throw new InvalidOperationException($"The SMTP sink did not start: {ready} {process.StandardError.ReadToEnd()}");
        return new Sink(process, port);
    }

    /// <summary>A running sink: its port and the number of messages it has accepted.</summary>
    public sealed class Sink : IDisposable
    {
        private readonly Process _process;
        private long _count;

        public Sink(Process process, int port)
        {
            _process = process;
            Port = port;
            _ = Task.Run(async () =>
            {
                while (await process.StandardOutput.ReadLineAsync() is { } line)
                {
                    if (line.StartsWith("count ", StringComparison.Ordinal))
                        Interlocked.Exchange(ref _count, long.Parse(line[6..]));
                }
            });
        }

        public int Port { get; }

        /// <summary>Messages accepted so far (the sink reports every 200 ms; this waits for the report to settle).</summary>
        public async Task<long> CountAsync()
        {
            await Task.Delay(600);
            return Interlocked.Read(ref _count);
        }

        public void Dispose()
        {
            try { _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); }
            catch (InvalidOperationException) { }
            ChildProcesses.Forget(_process);
            _process.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
