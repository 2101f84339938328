using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace SelfCare.Benchmarks;

/// <summary>
/// One run of the published host (<c>dotnet SelfCare.Host.dll</c>) as a child process on a free loopback port.
/// Every instance is tracked so that <see cref="KillAll"/> can end whatever is still running, even on failure.
/// Output lines are time-stamped on arrival with the same clock that times the start, which gives a
/// coarse start-up profile from the host's own log lines ("Seeded", "Host ready", "Now listening").
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly List<HostProcess> Live = [];
    private static readonly Lock LiveLock = new();

    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly ConcurrentQueue<(TimeSpan At, string Line)> _lines = new();
    private readonly StreamWriter _log;
    private bool _stopped;

    private HostProcess(Process process, Stopwatch clock, int port, StreamWriter log)
    {
        _process = process;
        _clock = clock;
        Port = port;
        _log = log;
    }

    public int Port { get; }

    public int Pid => _process.Id;

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Time since just before the process was started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public bool HasExited => _process.HasExited;

    public static HostProcess Start(string hostDirectory, string dataRoot, string tenantsFile, string logFile)
    {
        var port = FreeLoopbackPort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = hostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(hostDirectory, "SelfCare.Host.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var key in info.Environment.Keys.ToList())
        {
            // Nothing inherited may redirect the host elsewhere (other ports, other data, other tenants).
            if (key.StartsWith("SelfCare__", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("DOTNET_URLS", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
                info.Environment.Remove(key);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["SelfCare__DataRoot"] = dataRoot;
        info.Environment["SelfCare__TenantsFile"] = tenantsFile;
        info.Environment["DOTNET_NOLOGO"] = "1";

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var clock = new Stopwatch();
        HostProcess? host = null;
        process.OutputDataReceived += (_, e) => host?.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => host?.OnLine(e.Data);
        clock.Start();
        process.Start();
        host = new HostProcess(process, clock, port, log);
        lock (LiveLock)
            Live.Add(host);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;
        var at = _clock.Elapsed;
        _lines.Enqueue((at, line));
        lock (_log)
        {
            try { _log.WriteLine($"[{at.TotalMilliseconds,9:F1} ms] {line}"); }
            catch (ObjectDisposedException) { }
        }
    }

    /// <summary>When the first output line containing <paramref name="text"/> arrived, if it has.</summary>
    public TimeSpan? LineSeen(string text) =>
        _lines.Where(l => l.Line.Contains(text, StringComparison.Ordinal)).Select(l => (TimeSpan?)l.At).FirstOrDefault();

    public IEnumerable<string> Lines => _lines.Select(l => l.Line);

    public string Tail(int count = 25) => string.Join(Environment.NewLine, _lines.Select(l => l.Line).TakeLast(count));

    /// <summary>Waits (bounded) for a line of output containing <paramref name="text"/>.</summary>
    public async Task<string?> WaitForLineAsync(Func<string, bool> match, TimeSpan bound)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < bound)
        {
            var hit = _lines.Select(l => l.Line).FirstOrDefault(match);
            if (hit is not null)
                return hit;
            await Task.Delay(20);
        }
        return null;
    }

    /// <summary>
    /// Polls <paramref name="path"/> every 10 ms until it answers 200; returns the time since process start.
    /// Bounded by <paramref name="bound"/>; fails at once if the process exits.
    /// </summary>
    public async Task<TimeSpan> WaitForOkAsync(HttpClient client, string path, TimeSpan bound)
    {
        var lastProblem = "no answer";
        var attempts = 0;
        while (_clock.Elapsed < bound)
        {
            if (_process.HasExited)
                throw new InvalidOperationException(
                    $"The host exited with code {_process.ExitCode} before {path} answered 200.{Environment.NewLine}{Tail()}");
            attempts++;
            try
            {
                using var response = await client.GetAsync(BaseUrl + path);
                if (response.StatusCode == HttpStatusCode.OK)
                    return _clock.Elapsed;
                lastProblem = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                lastProblem = e.Message;
            }
            catch (TaskCanceledException)
            {
                lastProblem = "request timed out";
            }
            await Task.Delay(10);
        }
        throw new TimeoutException(
            $"{path} did not answer 200 within {bound.TotalSeconds} s ({attempts} attempts, last: {lastProblem}).{Environment.NewLine}{Tail()}");
    }

    /// <summary>One timed GET that must answer 200.</summary>
    public async Task<TimeSpan> TimedGetAsync(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(BaseUrl + path);
        var elapsed = watch.Elapsed;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.{Environment.NewLine}{Tail()}");
        return elapsed;
    }

    /// <summary>VmRSS of the host process from /proc, in KiB.</summary>
    public long RssKiB()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]);
        }
        throw new InvalidOperationException($"No VmRSS in /proc/{_process.Id}/status.");
    }

    /// <summary>Graceful stop (SIGTERM, like a service restart), killed if it takes more than 10 s.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        try
        {
            if (!_process.HasExited)
            {
                if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
                    _ = SysKill(_process.Id, 15);
                else
                    _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(5000);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        finally
        {
            lock (LiveLock)
                Live.Remove(this);
            lock (_log)
                _log.Dispose();
            _process.Dispose();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Kills every host still running (used on failure, Ctrl+C and process exit).</summary>
    public static void KillAll()
    {
        List<HostProcess> all;
        lock (LiveLock)
            all = [.. Live];
        foreach (var host in all)
        {
            try
            {
                if (!host._process.HasExited)
                {
                    host._process.Kill(entireProcessTree: true);
                    host._process.WaitForExit(5000);
                }
            }
            catch (Exception)
            {
                // Best effort: it may have exited in between.
            }
        }
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}
