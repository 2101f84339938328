using System.Buffers;

namespace SelfCare.Platform.Api;

/// <summary>
/// The id a reseller's own system (billing, PSA) gives a resource; v1 upserts are keyed by it. It travels in URL
/// paths, so it is limited to characters that need no escaping. Compared case-sensitively.
/// </summary>
public static class ExternalId
{
    public const int MaxLength = 100;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:~");

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && !value.AsSpan().ContainsAnyExcept(Allowed);

    public static ApiErrors Check(this ApiErrors errors, string field, string? value, bool required = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
                errors.Add(field, "An external id is required.");
        }
        else if (!IsValid(value))
            errors.Add(field, $"An external id has 1 to {MaxLength} characters: letters, digits and - _ . : ~ only.");
        return errors;
    }
}
