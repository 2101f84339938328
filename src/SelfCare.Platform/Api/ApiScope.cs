namespace SelfCare.Platform.Api;

/// <summary>
/// One permission of an API key: read or write on one module, written "Accounts:read" / "Accounts:write".
/// Also endpoint metadata: the scope a v1 endpoint requires (see <see cref="ApiEndpointConventions.RequireApiScope{TBuilder}"/>).
/// </summary>
public sealed record ApiScope(string ModuleId, ApiAccess Access)
{
    public string Value => $"{ModuleId}:{(Access == ApiAccess.Read ? "read" : "write")}";

    public override string ToString() => Value;

    public static bool TryParse(string? value, out ApiScope scope)
    {
        scope = null!;
        var parts = (value ?? "").Split(':');
        if (parts.Length != 2 || parts[0].Length == 0)
            return false;
        ApiAccess? access = parts[1] switch { "read" => ApiAccess.Read, "write" => ApiAccess.Write, _ => null };
        if (access is null)
            return false;
        scope = new ApiScope(parts[0], access.Value);
        return true;
    }
}
