using System.Text.Json;

namespace SelfCare.Benchmarks;

/// <summary>
/// A benchmark worker project published (Release) into the suite's temp folder with its own artifacts path,
/// run once per measurement so each has a fresh process; it prints its result as a JSON object last.
/// </summary>
internal class WorkerProcess(string directory, string assemblyName)
{
    public string Directory { get; } = directory;
    public string Dll => Path.Combine(Directory, assemblyName + ".dll");

    protected static async Task<string> PublishAsync(string repository, string work, string project)
    {
        var output = Path.Combine(work, "worker");
        var path = Path.Combine(repository, "tests", project, project + ".csproj");
        var (code, log) = await ChildProcesses.RunAsync("dotnet", repository, TimeSpan.FromMinutes(15),
            "publish", path, "-c", "Release", "-o", output, "--artifacts-path", Path.Combine(work, "worker-artifacts"),
            "--nologo", "-v", "minimal", "--disable-build-servers", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        if (code != 0 || !File.Exists(Path.Combine(output, project + ".dll")))
            throw new InvalidOperationException($"Publishing {project} failed:{Environment.NewLine}{log}");
        return output;
    }

    /// <summary>Runs one worker command and returns the JSON object it prints last.</summary>
    public async Task<JsonElement> RunAsync(TimeSpan bound, params string[] arguments)
    {
        var (code, output) = await ChildProcesses.RunAsync("dotnet", Directory, bound, [Dll, .. arguments]);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.TrimStart().StartsWith('{'));
        if (code != 0 || last is null)
            throw new InvalidOperationException($"{assemblyName} {string.Join(' ', arguments)} failed ({code}):{Environment.NewLine}{output}");
        return JsonDocument.Parse(last).RootElement.Clone();
    }
}
