using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace SelfCare.Benchmarks;

/// <summary>Where the repository is: the nearest folder above us (or the working directory) holding Tenants.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find(string? explicitRoot)
    {
        if (explicitRoot is not null)
            return IsRoot(explicitRoot) ? Path.GetFullPath(explicitRoot) : throw new DirectoryNotFoundException($"{explicitRoot} does not hold Tenants.sln.");
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (IsRoot(folder.FullName))
                    return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("Cannot find the repository root (a folder with Tenants.sln) above the working directory or the program.");
    }

    private static bool IsRoot(string folder) =>
        File.Exists(Path.Combine(folder, "Tenants.sln")) &&
        File.Exists(Path.Combine(folder, "src", "SelfCare.Host", "SelfCare.Host.csproj"));
}

/// <summary>What the numbers were measured on.</summary>
internal sealed record MachineInfo(
    int Cores, string Memory, string Cpu, string Os, string Runtime, string LoadAtStart, string Commit, string SourceState)
{
    public static MachineInfo Describe(string repository)
    {
        var memory = ReadProc("/proc/meminfo", "MemTotal:") is { } kib && long.TryParse(kib.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], out var k)
            ? $"{k / 1024.0 / 1024.0:F1} GiB"
            : "unknown";
        var cpu = ReadProc("/proc/cpuinfo", "model name") is { } model ? model.TrimStart(':', ' ', '\t') : RuntimeInformation.ProcessArchitecture.ToString();
        var commit = Run("git", repository, "rev-parse", "--short", "HEAD")?.Trim() ?? "unknown";
        var dirty = Run("git", repository, "status", "--porcelain", "--", "src", "modules", "themes", "Directory.Build.props", "Directory.Packages.props");
        var state = dirty is null ? "unknown"
            : dirty.Trim().Length == 0 ? "clean"
            : $"{dirty.Trim().Split('\n').Length} uncommitted change(s) under src/, modules/, themes/ (measured as found in the working tree)";
        return new MachineInfo(Environment.ProcessorCount, memory, cpu, RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription, LoadAverage(), commit, state);
    }

    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} / {parts[1]} / {parts[2]} (1 / 5 / 15 min)";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string? ReadProc(string file, string prefix)
    {
        try
        {
            var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            return line?[prefix.Length..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Runs a short command (bounded to 20 s) and returns its standard output, or null.</summary>
    public static string? Run(string command, string workingDirectory, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
                info.ArgumentList.Add(argument);
            using var process = Process.Start(info);
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(20_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>The reports' "## Machine" section: cores, memory, OS, runtime and the load average at the start and now.</summary>
    public string MarkdownSection() =>
        "## Machine" + Environment.NewLine + Environment.NewLine +
        $"- Cores: {Cores} ({Cpu}); memory {Memory}" + Environment.NewLine +
        $"- OS: {Os}; runtime {Runtime}" + Environment.NewLine +
        $"- Load average at start: {LoadAtStart}; at end: {LoadAverage()}" + Environment.NewLine;

    public static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
