namespace SelfCare.Tests.Email;

/// <summary>A model that carries a service: refused.</summary>
public sealed record NotADtoEmail(string Name, IServiceProvider Services);
