namespace SelfCare.Benchmarks.DocumentsWorker;

/// <summary>This process's resident memory from /proc/self/status, in KiB.</summary>
internal static class ProcessMemory
{
    /// <summary>Peak resident set size since the process started.</summary>
    public static long PeakKiB() => Read("VmHWM:");

    public static long CurrentKiB() => Read("VmRSS:");

    private static long Read(string key)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
                return long.Parse(line[key.Length..].Trim().Split(' ')[0]);
        }
        throw new InvalidOperationException($"No {key} in /proc/self/status (Linux only).");
    }
}
