namespace SelfCare.Host.Identity;

internal sealed record UserAccountV1(Guid Id, string Number, string? ExternalId);
