namespace SelfCare.Benchmarks.Load;

/// <summary>
/// One page of one tenant under wrk. <see cref="ByteRatio"/> is wrk's bytes read per response over the size of the page's
/// 200 response: wrk does not count 3xx as errors, and a redirect to the login page (a broken session) is a few hundred
/// bytes, so a ratio well under 1 means some answers were not the page. <see cref="Missing"/> says why a page was not measured.
/// </summary>
internal sealed record PageLoadResult(string Tenant, string Name, string Path, int Bytes, LoadResult? Load, double? ByteRatio,
    bool HeldAfter, string? Missing)
{
    /// <summary>Not 200: wrk's 4xx/5xx and socket errors, plus the whole run when the answers were not the page or the session broke.</summary>
    public long Errors => Load is null ? 0 : Load.Failures + (PageEveryTime ? 0 : Load.Requests - Load.Failures);

    public bool PageEveryTime => HeldAfter && ByteRatio is >= PageLoad.MinByteRatio and <= PageLoad.MaxByteRatio;
}
