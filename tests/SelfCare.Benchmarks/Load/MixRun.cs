namespace SelfCare.Benchmarks.Load;

/// <summary>
/// A whole mix run. <see cref="Late"/> counts requests that started more than <see cref="MixLoop.LateAfter"/> after their
/// slot (every worker busy: the pace was not held). <see cref="ErrorKinds"/>: status or exception, page, count.
/// </summary>
internal sealed record MixRun(double? TargetRate, TimeSpan Duration, IReadOnlyList<MinuteStats> Minutes,
    IReadOnlyDictionary<string, long> ErrorKinds, double P95Ms)
{
    public long Requests => Minutes.Sum(m => m.Requests);
    public long Errors => Minutes.Sum(m => m.Errors);
    public long Late => Minutes.Sum(m => m.Late);
    public double Rate => Requests / Duration.TotalSeconds;
}
