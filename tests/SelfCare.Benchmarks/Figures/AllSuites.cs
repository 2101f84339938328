using System.Diagnostics;

namespace SelfCare.Benchmarks.Figures;

/// <summary>
/// <c>dotnet run -c Release --project tests/SelfCare.Benchmarks -- all [--only a,b] [--summary-only] [--repo DIR]</c>: runs every
/// suite, each in its own child process of this program (so one suite's failure or leftovers cannot touch the next), then
/// writes docs/benchmarks.md from every suite's figures file. A suite that fails keeps its previous figures, marked as such.
/// </summary>
internal static class AllSuites
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await RunSuitesAsync(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static async Task<int> RunSuitesAsync(string[] args)
    {
        string? repositoryOption = null, only = null;
        var summaryOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--repo": repositoryOption = Next(); break;
                case "--only": only = Next(); break;
                case "--summary-only": summaryOnly = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --only suite,suite, --summary-only, --repo DIR.");
            }
        }
        var repository = RepositoryRoot.Find(repositoryOption);
        var chosen = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [.. Suite.All.Select(s => s.Name)];
        var unknown = chosen.Except(Suite.All.Select(s => s.Name)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown suite(s): {string.Join(", ", unknown)}. Suites: {string.Join(", ", Suite.All.Select(s => s.Name))}.");

        var total = Stopwatch.StartNew();
        var outcomes = new Dictionary<string, SuiteOutcome>();
        if (!summaryOnly)
        {
            foreach (var suite in Suite.All.Where(s => chosen.Contains(s.Name)))
            {
                Console.WriteLine($"[{total.Elapsed:hh\\:mm\\:ss}] === {suite.Name} ===");
                var clock = Stopwatch.StartNew();
                var exit = await RunChildAsync(repository, suite);
                outcomes[suite.Name] = new SuiteOutcome(exit, clock.Elapsed);
                Console.WriteLine($"[{total.Elapsed:hh\\:mm\\:ss}] {suite.Name}: {(exit == 0 ? "done" : $"FAILED (exit {exit})")} in {clock.Elapsed.TotalMinutes:F1} min");
            }
        }
        var target = Path.Combine(repository, "docs", "benchmarks.md");
        await File.WriteAllTextAsync(target, BenchmarksSummary.Build(repository, outcomes, total.Elapsed));
        Console.WriteLine($"Wrote {target}");
        return outcomes.Values.Any(o => o.ExitCode != 0) ? 1 : 0;
    }

    private static async Task<int> RunChildAsync(string repository, Suite suite)
    {
        // Every suite finds the repository from its working directory.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repository };
        start.ArgumentList.Add(typeof(AllSuites).Assembly.Location);
        foreach (var argument in suite.Arguments)
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the {suite.Name} suite.");
        await child.WaitForExitAsync();
        return child.ExitCode;
    }
}
