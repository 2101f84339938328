namespace SelfCare.Agreements.Api;

internal sealed record PurchaseV1(Guid Id, string? ExternalId, string AgreementNumber, decimal Hours, decimal Amount, string Currency, DateOnly PurchasedOn, string Status);
