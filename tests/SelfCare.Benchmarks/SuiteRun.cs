using System.Diagnostics;
using SelfCare.Benchmarks.Figures;

namespace SelfCare.Benchmarks;

/// <summary>
/// What every benchmark suite does around its measurements: a temp folder, progress lines with elapsed time,
/// the report written to docs/benchmarks/{suite}.md and printed, every child process killed at the end (also
/// on failure or Ctrl+C), and the temp folder removed unless kept for a look after a failure.
/// </summary>
internal sealed class SuiteRun
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private SuiteRun(string suite, string repository)
    {
        Repository = repository;
        Work = Path.Combine(Path.GetTempPath(), $"selfcare-bench-{suite}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        Directory.CreateDirectory(Work);
    }

    public string Repository { get; }
    public string Work { get; }
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The figures the suite records for docs/benchmarks.md, written to docs/benchmarks/{suite}.figures.json with the report.</summary>
    public List<Figure> Figures { get; } = [];

    public void Progress(string message) => Console.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {message}");

    /// <summary>Runs <paramref name="measure"/>, which returns the report's Markdown; returns the exit code.</summary>
    public static async Task<int> RunAsync(string suite, string repository, bool keep, Func<SuiteRun, Task<string>> measure)
    {
        var run = new SuiteRun(suite, repository);
        Console.CancelKeyPress += (_, _) => KillChildren();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillChildren();
        try
        {
            var report = await measure(run);
            var target = Path.Combine(repository, "docs", "benchmarks", $"{suite}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, report);
            if (run.Figures.Count > 0)
                FigureFile.Write(repository, suite, run.Figures);
            Console.WriteLine();
            Console.WriteLine(report);
            run.Progress($"Wrote {target}");
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"The {suite} benchmark failed: {e}");
            Console.Error.WriteLine($"Files are kept in {run.Work}");
            keep = true;
            return 1;
        }
        finally
        {
            KillChildren();
            if (!keep)
            {
                try { Directory.Delete(run.Work, recursive: true); }
                catch (IOException e) { Console.Error.WriteLine($"Could not delete {run.Work}: {e.Message}"); }
            }
        }
    }

    // Hosts started by the page suites (HostProcess) and the tools the others start (ChildProcesses).
    private static void KillChildren()
    {
        HostProcess.KillAll();
        ChildProcesses.KillAll();
    }
}
