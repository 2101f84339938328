namespace SelfCare.Benchmarks.Figures;

/// <summary>How a suite's child process ended in this run of <c>all</c>.</summary>
internal sealed record SuiteOutcome(int ExitCode, TimeSpan Elapsed);
