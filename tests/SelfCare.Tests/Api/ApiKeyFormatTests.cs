using SelfCare.Host.Api;
using SelfCare.Platform.Api;

namespace SelfCare.Tests.Api;

/// <summary>Unit tests of the key format and scope names (the integration tests cover the same paths end to end).</summary>
public sealed class ApiKeyFormatTests
{
    [Fact]
    public void A_new_key_parses_back_and_its_hash_is_bound_to_tenant_and_id()
    {
        var (id, secret) = ApiKeyFormat.NewKey();
        var key = ApiKeyFormat.Compose(id, secret);
        Assert.Matches(@"^sck_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", key);
        Assert.True(ApiKeyFormat.TryParse(key, out var parsedId, out var parsedSecret));
        Assert.Equal((id, secret), (parsedId, parsedSecret));

        var stored = ApiKeyFormat.Hash("accelecom", id, secret);
        Assert.Equal(32, stored.Length);
        Assert.True(ApiKeyFormat.Matches(stored, "accelecom", id, secret));
        Assert.False(ApiKeyFormat.Matches(stored, "calltower", id, secret));
        Assert.False(ApiKeyFormat.Matches(stored, "accelecom", id, secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')));
        Assert.NotEqual(ApiKeyFormat.NewKey(), ApiKeyFormat.NewKey());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sck_")]
    [InlineData("sck_0123456789abcdef_short")]
    [InlineData("sck_0123456789ABCDEF_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("sck_0123456789abcdefXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("xyz_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("sck_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void Malformed_keys_do_not_parse(string? key) => Assert.False(ApiKeyFormat.TryParse(key, out _, out _));

    [Theory]
    [InlineData("Accounts:read", "Accounts", ApiAccess.Read)]
    [InlineData("Accounts:write", "Accounts", ApiAccess.Write)]
    public void Scopes_round_trip(string value, string module, ApiAccess access)
    {
        Assert.True(ApiScope.TryParse(value, out var scope));
        Assert.Equal(new ApiScope(module, access), scope);
        Assert.Equal(value, scope.Value);
    }

    [Theory]
    [InlineData("Accounts")]
    [InlineData("Accounts:admin")]
    [InlineData(":read")]
    [InlineData("Accounts:read:x")]
    public void Bad_scope_names_do_not_parse(string value) => Assert.False(ApiScope.TryParse(value, out _));

    [Theory]
    [InlineData("erp-1001", true)]
    [InlineData("A.b_c:d~e-1", true)]
    [InlineData("has space", false)]
    [InlineData("slash/inside", false)]
    [InlineData("", false)]
    public void External_ids_are_url_safe_text(string value, bool valid) => Assert.Equal(valid, ExternalId.IsValid(value));
}
