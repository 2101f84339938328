namespace SelfCare.Accounts.Contracts;

/// <summary>An account as integration API resources refer to it: by the reseller's external id or by its number.</summary>
public sealed record AccountReference(Guid Id, string Number, string? ExternalId);
