namespace SelfCare.Accounts.Contracts;

public sealed record BillingContact(string Name, string Email);
