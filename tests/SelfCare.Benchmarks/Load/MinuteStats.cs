namespace SelfCare.Benchmarks.Load;

/// <summary>The requests started in one minute of a mix run (the last one may be partial), latency from send to the whole body.</summary>
internal sealed record MinuteStats(int Minute, long Requests, long Errors, long Late, double P50Ms, double P95Ms, double MaxMs);
