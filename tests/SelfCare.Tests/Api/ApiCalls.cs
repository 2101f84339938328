using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Api;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Api;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Api;

/// <summary>API keys made through the real key store, clients that send them, and checks of problem bodies.</summary>
internal static class ApiCalls
{
    public static async Task<string> CreateKeyAsync(PortalFactory portal, string tenantId, string[] scopes,
        DateTimeOffset? expiresAt = null, string name = "Test key")
    {
        await using var scope = await SystemScopeAsync(portal, tenantId);
        var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        var parsed = scopes.Select(s => ApiScope.TryParse(s, out var x) ? x : throw new ArgumentException(s)).ToList();
        return (await store.CreateAsync(name, parsed, expiresAt, "tests", CancellationToken.None)).Plaintext;
    }

    public static async Task RevokeAsync(PortalFactory portal, string tenantId, string key)
    {
        await using var scope = await SystemScopeAsync(portal, tenantId);
        var id = key.Split('_')[1];
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<ApiKeyStore>().RevokeAsync(id, "tests", CancellationToken.None));
    }

    public static async Task<AsyncServiceScope> SystemScopeAsync(PortalFactory portal, string tenantId)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        await portal.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None);
        return portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
    }

    /// <summary>A cookie-less client for the tenant's prefix (or any base address) sending <paramref name="key"/> as a bearer token.</summary>
    public static HttpClient Client(PortalFactory portal, string tenantIdOrBase, string? key)
    {
        var baseAddress = tenantIdOrBase.StartsWith("http", StringComparison.Ordinal) ? tenantIdOrBase : $"http://localhost/{tenantIdOrBase}/";
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress), HandleCookies = false,
        });
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json) =>
        client.PutAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body);

    /// <summary>Asserts the status and an RFC 9457 problem body; returns the body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        return body;
    }

    /// <summary>The messages of one field in a validation problem.</summary>
    public static string FieldErrors(JsonElement problem, string field) =>
        string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
