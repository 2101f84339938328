namespace SelfCare.Billing.Summary;

/// <summary>A "Recent account activity" line as shown; <see cref="InvoiceId"/> is the bill offered for download.</summary>
public sealed record ActivityRow(string Type, string Amount, string Account, string Description, DateOnly Date, Guid? InvoiceId);
