namespace SelfCare.Tests.Email;

/// <summary>A DTO email model for tests: text, numbers, dates, an enum and a list of nested DTOs.</summary>
public sealed record InvoiceEmail(string CustomerName, string Number, decimal Total, DateOnly DueOn, InvoiceState State, IReadOnlyList<InvoiceLine> Lines);
