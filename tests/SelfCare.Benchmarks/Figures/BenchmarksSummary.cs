using System.Globalization;
using System.Text;

namespace SelfCare.Benchmarks.Figures;

/// <summary>docs/benchmarks.md: every suite's figures in one place, each goal from the issues with its value and whether it was met.</summary>
internal static class BenchmarksSummary
{
    public static string Build(string repository, IReadOnlyDictionary<string, SuiteOutcome> outcomes, TimeSpan runTime)
    {
        var machine = MachineInfo.Describe(repository);
        var files = Suite.All.Select(s => (Suite: s, File: FigureFile.Read(repository, s.Name))).ToList();
        var figures = files.Where(f => f.File is not null).SelectMany(f => f.File!.Figures.Select(g => (f.Suite, Figure: g))).ToList();
        var goals = figures.Where(f => f.Figure.Met is not null).OrderBy(f => f.Figure.Issue).ToList();

        var md = new StringBuilder();
        md.AppendLine("# Benchmarks");
        md.AppendLine();
        md.AppendLine($"Written by `dotnet run -c Release --project tests/SelfCare.Benchmarks -- all` on {MachineInfo.Today()} at commit `{machine.Commit}` " +
                      $"(source: {machine.SourceState}){(outcomes.Count > 0 ? $"; this run took {runTime.TotalMinutes:F0} min" : "; no suite was run, the figures files were only collected")}.");
        md.AppendLine($"Machine: {machine.Cores} cores ({machine.Cpu}), {machine.Memory}, {machine.Os}, {machine.Runtime}; load average at the end {MachineInfo.LoadAverage()}.");
        md.AppendLine("Each suite writes its own report with the method and every measurement (`docs/benchmarks/{suite}.md`) and its figures " +
                      "(`docs/benchmarks/{suite}.figures.json`); this page lists those figures. The machine is shared: compare ratios within one suite's run.");
        md.AppendLine();
        md.AppendLine($"**Goals: {goals.Count(g => g.Figure.Met == true)} met, {goals.Count(g => g.Figure.Met == false)} missed** (of {goals.Count}).");
        md.AppendLine();
        md.AppendLine("## Goals from the issues");
        md.AppendLine();
        md.AppendLine("| Issue | Figure | Value | Goal | Result | Suite |");
        md.AppendLine("|---:|---|---:|---|---|---|");
        foreach (var (suite, f) in goals)
            md.AppendLine($"| {f.Issue} | {f.Name} | {f.Value} | {f.Goal} | {(f.Met == true ? "met" : "**missed**")} | [{suite.Name}](benchmarks/{suite.Name}.md) |");
        md.AppendLine();
        md.AppendLine("## Other figures the issues ask for");
        md.AppendLine();
        md.AppendLine("| Issue | Figure | Value | Suite |");
        md.AppendLine("|---:|---|---:|---|");
        foreach (var (suite, f) in figures.Where(f => f.Figure.Met is null).OrderBy(f => f.Figure.Issue))
            md.AppendLine($"| {f.Issue} | {f.Name} | {f.Value} | [{suite.Name}](benchmarks/{suite.Name}.md) |");
        md.AppendLine();
        md.AppendLine("## Suites");
        md.AppendLine();
        md.AppendLine("| Suite | What | Measured (UTC) | Commit | Load average at its end | In this run |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var (suite, file) in files)
        {
            var run = outcomes.TryGetValue(suite.Name, out var o)
                ? (o.ExitCode == 0 ? $"ran, {o.Elapsed.TotalMinutes:F1} min" : $"**failed** (exit {o.ExitCode}); figures from the earlier run")
                : file is null ? "not run" : "not run; figures from the earlier run";
            md.AppendLine(file is null
                ? $"| {suite.Name} | {suite.Title} | never | | | {run} |"
                : $"| [{suite.Name}](benchmarks/{suite.Name}.md) | {suite.Title} | {file.MeasuredUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} | `{file.Commit}` ({file.Source}) | {file.LoadAtEnd} | {run} |");
        }
        md.AppendLine();
        md.AppendLine("Run one suite alone with `dotnet run -c Release --project tests/SelfCare.Benchmarks -- {suite}` (platform-foundation: no suite name), " +
                      "then `-- all --summary-only` to rewrite this page from the figures files; `-- all --only billing,tickets` runs some suites.");
        return md.ToString();
    }
}
