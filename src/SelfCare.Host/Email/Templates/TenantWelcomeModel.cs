namespace SelfCare.Host.Email.Templates;

/// <summary>Model of "tenant-welcome": the first admin of a new tenant and their one-time activation link.</summary>
internal sealed record TenantWelcomeModel(string TenantName, string AdminEmail, string ActivationUrl, int ValidForDays);
