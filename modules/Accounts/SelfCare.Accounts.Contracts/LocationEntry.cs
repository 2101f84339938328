namespace SelfCare.Accounts.Contracts;

/// <summary>A service address as other modules see it; <see cref="Address"/> is one printable line.</summary>
public sealed record LocationEntry(Guid Id, Guid AccountId, string Name, string Address);
