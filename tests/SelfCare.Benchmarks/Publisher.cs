using System.Diagnostics;

namespace SelfCare.Benchmarks;

/// <summary><c>dotnet publish</c> of the host in Release into the benchmark's own folder.</summary>
internal static class Publisher
{
    /// <summary>
    /// The host published into <c>{work}/host</c> with its per-key API rate limit lifted: suites that seed thousands of
    /// PUTs through one key would otherwise take minutes. Throws with the log's tail when the publish fails.
    /// </summary>
    public static async Task<string> PublishForSeedingAsync(SuiteRun run)
    {
        var hostDirectory = Path.Combine(run.Work, "host");
        var log = Path.Combine(run.Work, "publish.log");
        run.Progress("Publishing src/SelfCare.Host (Release)...");
        if (!await PublishAsync(run.Repository, hostDirectory, Path.Combine(run.Work, "artifacts"), log))
            throw new InvalidOperationException("dotnet publish failed: " + Tail(log));
        Api.ApiSuite.LiftRateLimit(hostDirectory);
        return hostDirectory;
    }

    public static async Task<bool> PublishAsync(string repository, string output, string artifacts, string logFile)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "publish", Path.Combine(repository, "src", "SelfCare.Host", "SelfCare.Host.csproj"),
                     "-c", "Release", "-o", output, "--artifacts-path", artifacts, "--nologo", "-v", "minimal",
                     // No compiler server or reusable MSBuild nodes may outlive the benchmark.
                     "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false",
                 })
            info.ArgumentList.Add(argument);
        // `dotnet run` may pass MSBuild settings of the benchmark's own build down; the nested build must not see them.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output1 = process.StandardOutput.ReadToEndAsync();
        var output2 = process.StandardError.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await File.WriteAllTextAsync(logFile, "Timed out after 15 minutes." + Environment.NewLine + await output1 + await output2);
            return false;
        }
        await File.WriteAllTextAsync(logFile, await output1 + await output2);
        return process.ExitCode == 0 && File.Exists(Path.Combine(output, "SelfCare.Host.dll"));
    }

    public static string Tail(string file, int lines = 30) =>
        File.Exists(file) ? string.Join(Environment.NewLine, File.ReadLines(file).TakeLast(lines)) : "";
}
