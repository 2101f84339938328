using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace SelfCare.Tests.Reports;

/// <summary>
/// The host (its own build output, built with this test project in the same configuration) as a child process on a free
/// loopback port with the given settings, its output kept for the test to watch.
/// </summary>
internal sealed class HostNode : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private bool _disposed;

    private HostNode(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}/";
    public bool HasExited => _process.HasExited;
    public IEnumerable<string> Lines => _lines;

    public static HostNode Start(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        // This folder holds the test assembly too, which the host would try to load as a module: use the host's own output.
        var segments = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar).Split(Path.DirectorySeparatorChar);
        var folder = Path.Combine(Infrastructure.RepoPaths.Root, "src", "SelfCare.Host", "bin", segments[^2], segments[^1]);
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(folder, "SelfCare.Host.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("SelfCare__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
            info.Environment["SelfCare__" + key.Replace(":", "__")] = value;
        var process = new Process { StartInfo = info };
        var node = new HostNode(process, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) node._lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) node._lines.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>SIGKILL: the node dies mid-work, as in a crash; nothing it has not committed survives.</summary>
    public void Kill()
    {
        if (_disposed || _process.HasExited)
            return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public string Tail(int count = 30) => string.Join(Environment.NewLine, _lines.TakeLast(count));

    public void Dispose()
    {
        Kill();
        _disposed = true;
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
