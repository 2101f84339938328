namespace SelfCare.Tests.Email;

/// <summary>A model with a dictionary: refused (not a DTO).</summary>
public sealed record DictionaryEmail(Dictionary<string, string> Values);
