namespace SelfCare.Benchmarks.Billing;

/// <summary>Warm downloads of one invoice's PDF (<see cref="Missing"/> says why it was not measured).</summary>
internal sealed record BillPdfResult(string? Path, int Pages, long Bytes, IReadOnlyList<double> Ms, string? Missing);
