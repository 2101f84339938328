namespace SelfCare.Tests.Email;

public sealed record InvoiceLine(string Description, decimal Amount);
