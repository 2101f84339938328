using System.Globalization;

namespace SelfCare.Benchmarks.Load;

/// <summary>Samples the host every <see cref="Interval"/> while a soak runs.</summary>
internal static class HostSampler
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>Samples at 0, 10 s, 20 s... until <paramref name="duration"/> (one last sample at the end).</summary>
    public static async Task<List<HostSample>> RunAsync(HostProcess host, TimeSpan duration)
    {
        var samples = new List<HostSample>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timer = new PeriodicTimer(Interval);
        do
        {
            samples.Add(Sample(host, clock.Elapsed));
        }
        while (clock.Elapsed + Interval <= duration + TimeSpan.FromSeconds(1) && await timer.WaitForNextTickAsync());
        return samples;
    }

    public static HostSample Sample(HostProcess host, TimeSpan at)
    {
        var fds = new DirectoryInfo($"/proc/{host.Pid}/fd").GetFileSystemInfos();
        var sockets = fds.Count(f => Target(f)?.StartsWith("socket:", StringComparison.Ordinal) == true);
        var threads = File.ReadLines($"/proc/{host.Pid}/status").First(l => l.StartsWith("Threads:", StringComparison.Ordinal));
        return new HostSample(at, host.RssKiB() / 1024.0, int.Parse(threads[8..].Trim(), CultureInfo.InvariantCulture), fds.Length, sockets,
            Established("/proc/net/tcp", host.Port) + Established("/proc/net/tcp6", host.Port));
    }

    // An fd may close between the listing and the read.
    private static string? Target(FileSystemInfo fd)
    {
        try { return fd.LinkTarget; }
        catch (IOException) { return null; }
    }

    /// <summary>Rows of /proc/net/tcp with the local port <paramref name="port"/> in state 01 (ESTABLISHED).</summary>
    private static int Established(string table, int port)
    {
        if (!File.Exists(table))
            return 0;
        var hex = port.ToString("X4", CultureInfo.InvariantCulture);
        return File.ReadLines(table).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(f => f.Length > 3 && f[1].EndsWith(":" + hex, StringComparison.Ordinal) && f[3] == "01");
    }
}
