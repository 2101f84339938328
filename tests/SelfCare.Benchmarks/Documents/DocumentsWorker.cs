using System.Diagnostics;
using System.Text.Json;

namespace SelfCare.Benchmarks.Documents;

/// <summary>
/// tests/SelfCare.Benchmarks.DocumentsWorker, published (Release) into the benchmark's temp folder with its own
/// artifacts path, and run once per measurement so each has a fresh process and a clean VmHWM.
/// </summary>
internal sealed class DocumentsWorker(string directory)
{
    private static readonly List<Process> Live = [];

    public static async Task<DocumentsWorker> PublishAsync(string repository, string work)
    {
        var output = Path.Combine(work, "worker");
        var project = Path.Combine(repository, "tests", "SelfCare.Benchmarks.DocumentsWorker", "SelfCare.Benchmarks.DocumentsWorker.csproj");
        var (code, log) = await RunAsync("dotnet", repository, TimeSpan.FromMinutes(15),
            "publish", project, "-c", "Release", "-o", output, "--artifacts-path", Path.Combine(work, "worker-artifacts"),
            "--nologo", "-v", "minimal", "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        if (code != 0 || !File.Exists(Path.Combine(output, "SelfCare.Benchmarks.DocumentsWorker.dll")))
            throw new InvalidOperationException($"Publishing the documents worker failed:{Environment.NewLine}{log}");
        return new DocumentsWorker(output);
    }

    /// <summary>Runs one worker command and returns the JSON object it prints last.</summary>
    public async Task<JsonElement> RunAsync(TimeSpan bound, params string[] arguments)
    {
        var (code, output) = await RunAsync("dotnet", directory, bound, [Path.Combine(directory, "SelfCare.Benchmarks.DocumentsWorker.dll"), .. arguments]);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.TrimStart().StartsWith('{'));
        if (code != 0 || last is null)
            throw new InvalidOperationException($"worker {string.Join(' ', arguments)} failed ({code}):{Environment.NewLine}{output}");
        return JsonDocument.Parse(last).RootElement.Clone();
    }

    /// <summary>Runs a process to its end (killed past <paramref name="bound"/>); returns exit code and all output.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string file, string workingDirectory, TimeSpan bound, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("SelfCare__", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} did not start.");
        lock (Live)
            Live.Add(process);
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
            lock (Live)
                Live.Remove(process);
        }
    }

    /// <summary>Ends whatever this suite started that still runs (failure, Ctrl+C).</summary>
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
