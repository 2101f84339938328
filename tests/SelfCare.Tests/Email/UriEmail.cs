namespace SelfCare.Tests.Email;

/// <summary>A model with a framework type: refused (use a string).</summary>
public sealed record UriEmail(Uri Link);
