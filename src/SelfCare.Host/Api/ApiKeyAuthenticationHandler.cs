using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SelfCare.Platform.Api;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Api;

/// <summary>
/// The "ApiKey" scheme of /api/v1: <c>Authorization: Bearer sck_...</c>, checked against the current tenant's
/// own keys (so another tenant's key is simply unknown here). Refusals answer 401/403 with a problem body.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Realm = "Bearer realm=\"SelfCare API\"";
    private static readonly string[] KeyParameterNames = ["access_token", "api_key", "apikey", "api-key", "key", "token"];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var tenant = Context.RequestServices.GetRequiredService<ITenantContext>().Tenant;
        if (tenant is null)
            return AuthenticateResult.NoResult();
        // A key in a URL ends up in logs, browser history and proxies: refuse it even next to a good header.
        if (Request.Query.Any(q => KeyParameterNames.Contains(q.Key, StringComparer.OrdinalIgnoreCase)
                                   || q.Value.Any(v => v?.StartsWith(ApiKeyFormat.Prefix, StringComparison.Ordinal) == true)))
            return AuthenticateResult.Fail("API keys are accepted only in the Authorization header, never in the URL. " +
                                           "A key that was sent in a URL should be revoked.");
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
            return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("Send the API key as: Authorization: Bearer sck_<id>_<secret>.");

        var check = await Context.RequestServices.GetRequiredService<ApiKeyStore>().CheckAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (check.Key is not { } key)
            return AuthenticateResult.Fail(check.Failure!);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, key.Id), new(ClaimTypes.Name, key.Name) };
        claims.AddRange(key.ScopeList.Select(s => new Claim(ApiAuthentication.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiAuthentication.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var detail = result.Failure?.Message
                     ?? "Send an API key in the header Authorization: Bearer sck_<id>_<secret>. Tenant admins create keys under Admin > API keys.";
        // RFC 6750: error="invalid_token" only when a token was presented.
        Response.Headers.WWWAuthenticate = result.Failure is null
            ? Realm
            : $"{Realm}, error=\"invalid_token\", error_description=\"{detail.Replace('"', '\'')}\"";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Not authenticated.", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var missing = (Context.GetEndpoint()?.Metadata.GetOrderedMetadata<ApiScope>() ?? [])
            .Select(s => s.Value).Where(s => !Context.User.HasClaim(ApiAuthentication.ScopeClaim, s)).Distinct().ToList();
        var detail = missing.Count > 0
            ? $"This API key does not have the scope {string.Join(", ", missing)}. A tenant admin can create a key with it under Admin > API keys."
            : "This endpoint declares no scope, so no API key may use it.";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Missing scope.", detail);
    }
}
