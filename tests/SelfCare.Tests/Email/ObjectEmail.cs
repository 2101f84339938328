namespace SelfCare.Tests.Email;

/// <summary>A model with an open-ended object: refused.</summary>
public sealed record ObjectEmail(object Anything);
