namespace SelfCare.Benchmarks.EmailWorker;

internal sealed record BenchInvoiceLine(string Description, decimal Amount);
