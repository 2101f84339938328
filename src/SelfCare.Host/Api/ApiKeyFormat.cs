using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SelfCare.Host.Api;

/// <summary>
/// <c>sck_{id}_{secret}</c>: a 16-hex-digit public id (the row's key, so validation is one primary-key lookup)
/// and a 256-bit random secret in base64url. Only SHA-256(tenant:id:secret) is stored; a high-entropy secret
/// needs no slow hash.
/// </summary>
internal static class ApiKeyFormat
{
    public const string Prefix = "sck_";
    private const int IdLength = 16;
    private const int SecretLength = 43; // 32 bytes in unpadded base64url
    private static readonly SearchValues<char> SecretCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static (string Id, string Secret) NewKey() =>
        (Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2)), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

    public static string Compose(string id, string secret) => $"{Prefix}{id}_{secret}";

    public static bool TryParse(string? key, out string id, out string secret)
    {
        id = secret = "";
        if (key is null || key.Length != Prefix.Length + IdLength + 1 + SecretLength
            || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + IdLength] != '_')
            return false;
        id = key.Substring(Prefix.Length, IdLength);
        secret = key[(Prefix.Length + IdLength + 1)..];
        return id.All(char.IsAsciiHexDigitLower) && !secret.AsSpan().ContainsAnyExcept(SecretCharacters);
    }

    public static byte[] Hash(string tenantId, string id, string secret) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{tenantId}:{id}:{secret}"));

    public static bool Matches(byte[] stored, string tenantId, string id, string secret) =>
        CryptographicOperations.FixedTimeEquals(stored, Hash(tenantId, id, secret));
}
