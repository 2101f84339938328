namespace SelfCare.Benchmarks.Load;

/// <summary>One requirement of the soak, met or not, with the numbers that decide it.</summary>
internal sealed record Verdict(string Requirement, string Goal, bool Met, string Numbers);
