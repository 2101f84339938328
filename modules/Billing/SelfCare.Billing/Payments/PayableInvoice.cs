namespace SelfCare.Billing.Payments;

/// <summary>An invoice that still has something owed, as offered on Make a Payment.</summary>
internal sealed record PayableInvoice(Guid Id, string Number, DateOnly IssueDate, DateOnly DueDate, decimal Amount, decimal Balance);
