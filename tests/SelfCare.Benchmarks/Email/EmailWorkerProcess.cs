using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace SelfCare.Benchmarks.Email;

/// <summary>
/// tests/SelfCare.Benchmarks.EmailWorker published (Release) into the suite's temp folder with its own artifacts
/// path: one process per measurement, plus the SMTP sink processes. Every process started is tracked and killed
/// at the end, also on failure or Ctrl+C.
/// </summary>
internal sealed class EmailWorkerProcess(string directory)
{
    private static readonly List<Process> Live = [];

    private string Dll => Path.Combine(directory, "SelfCare.Benchmarks.EmailWorker.dll");

    public static async Task<EmailWorkerProcess> PublishAsync(string repository, string work)
    {
        var output = Path.Combine(work, "worker");
        var project = Path.Combine(repository, "tests", "SelfCare.Benchmarks.EmailWorker", "SelfCare.Benchmarks.EmailWorker.csproj");
        var (code, log) = await RunAsync(repository, TimeSpan.FromMinutes(15),
            "publish", project, "-c", "Release", "-o", output, "--artifacts-path", Path.Combine(work, "worker-artifacts"),
            "--nologo", "-v", "minimal", "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        var worker = new EmailWorkerProcess(output);
        if (code != 0 || !File.Exists(worker.Dll))
            throw new InvalidOperationException($"Publishing the email worker failed:{Environment.NewLine}{log}");
        return worker;
    }

    /// <summary>Runs one worker command and returns the JSON object it prints last.</summary>
    public async Task<JsonElement> RunAsync(TimeSpan bound, params string[] arguments)
    {
        var (code, output) = await RunAsync(directory, bound, [Dll, .. arguments]);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.TrimStart().StartsWith('{'));
        if (code != 0 || last is null)
            throw new InvalidOperationException($"email worker {string.Join(' ', arguments)} failed ({code}):{Environment.NewLine}{output}");
        return JsonDocument.Parse(last).RootElement.Clone();
    }

    /// <summary>Starts an SMTP sink on a free loopback port; it runs until <see cref="Sink.Dispose"/>.</summary>
    public Sink StartSink(bool quickAck)
    {
        var port = FreePort();
        var info = Info(directory, [Dll, "sink", port.ToString(), .. quickAck ? new[] { "quickack" } : []]);
        var process = Process.Start(info) ?? throw new InvalidOperationException("The SMTP sink did not start.");
        Track(process);
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
            Untrack(_process);
            _process.Dispose();
        }
    }

    private static ProcessStartInfo Info(string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("SelfCare__", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    private static async Task<(int Code, string Output)> RunAsync(string workingDirectory, TimeSpan bound, params string[] arguments)
    {
        using var process = Process.Start(Info(workingDirectory, arguments)) ?? throw new InvalidOperationException("dotnet did not start.");
        Track(process);
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(bound);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return (-1, $"Killed after {bound.TotalSeconds} s.{Environment.NewLine}{await stdout}{await stderr}");
            }
            return (process.ExitCode, await stdout + await stderr);
        }
        finally
        {
            Untrack(process);
        }
    }

    private static void Track(Process process)
    {
        lock (Live)
            Live.Add(process);
    }

    private static void Untrack(Process process)
    {
        lock (Live)
            Live.Remove(process);
    }

    public static void KillAll()
    {
        List<Process> all;
        lock (Live)
            all = [.. Live];
        foreach (var process in all)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (Exception) { /* already gone */ }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
