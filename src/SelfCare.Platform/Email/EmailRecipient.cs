namespace SelfCare.Platform.Email;

/// <summary>Who an email goes to.</summary>
public sealed record EmailRecipient(string Address, string? Name = null);
