using System.Diagnostics;

namespace SelfCare.Benchmarks;

/// <summary>
/// Every process a benchmark suite starts, tracked so that <see cref="KillAll"/> ends whatever still runs
/// (failure, Ctrl+C), and bounded in time when run to its end.
/// </summary>
internal static class ChildProcesses
{
    private static readonly List<Process> Live = [];

    /// <summary>A start for <paramref name="file"/> without the build's or the host's environment leaking in.</summary>
    public static ProcessStartInfo CleanStart(string file, string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("SelfCare__", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    public static Process Start(ProcessStartInfo info)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{info.FileName} did not start.");
        lock (Live)
            Live.Add(process);
        return process;
    }

    public static void Forget(Process process)
    {
        lock (Live)
            Live.Remove(process);
    }

    /// <summary>Runs a process to its end (killed past <paramref name="bound"/>); returns exit code and all output.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string file, string workingDirectory, TimeSpan bound, params string[] arguments)
    {
        using var process = Start(CleanStart(file, workingDirectory, arguments));
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
            Forget(process);
        }
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
}
