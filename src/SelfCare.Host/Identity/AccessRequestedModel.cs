namespace SelfCare.Host.Identity;

/// <summary>Model of "access-requested": a prospect's portal access request, to the tenant's staff.</summary>
internal sealed record AccessRequestedModel(string Name, string Company, string Email, string? Phone, string? Message, string ListUrl);
