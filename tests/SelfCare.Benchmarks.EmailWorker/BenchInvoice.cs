namespace SelfCare.Benchmarks.EmailWorker;

/// <summary>A heavier email model: an invoice with line items, looped over by the template.</summary>
internal sealed record BenchInvoice(string CustomerName, string Number, decimal Total, DateOnly DueOn, IReadOnlyList<BenchInvoiceLine> Lines);
