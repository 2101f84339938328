namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>What the customer admin's tree holds: descendant accounts, services, orders (null when there is no Orders module).</summary>
internal sealed record TreeCounts(int Children, int Services, int? Orders);
