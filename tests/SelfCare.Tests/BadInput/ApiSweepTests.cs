using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Api;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.BadInput;

/// <summary>
/// Every PUT/POST of /api/v1 and /api/host with a valid key and a hostile body, id or content type: never a 5xx,
/// and every 4xx is a problem+json body.
/// </summary>
public sealed class ApiSweepTests(UnlimitedApiPortal portal, ITestOutputHelper output) : IClassFixture<UnlimitedApiPortal>
{
    // JSON tokens of every wrong type, number edge and hostile string; each body sets every field to one of them.
    private static readonly string[] Tokens =
    [
        .. HostileValues.All.Select(v => JsonSerializer.Serialize(v)),
        "\"\\ud800\"", "\"\\udc00x\\ud800\"", "1e309", "-1", "-99999999999999999999", "9223372036854775808", "-0.001", "0.0000000001",
        "null", "true", "{}", "[]", "{\"a\":[{\"b\":{}}]}", "[\"\\u0000\"]",
    ];

    private static readonly string[] Malformed =
    [
        "{\"a\":", "not json", "", "[1,2]", "null", "\"text\"", "{\"a\":1,\"a\":2}", "{'a':1}", "{\"a\":\"\\ud800\"}",
        new string('[', 5000) + new string(']', 5000), "{\"a\":\"" + HostileValues.Huge + "\"}",
    ];

    // No %00: the test server refuses a path with NUL before the app (Kestrel answers it 400 the same way).
    private static readonly string[] HostileIds = ["%3Cscript%3E", "..%2F..%2Fetc", "x'%20OR%201=1--", new('i', 300), "%F0%9D%95%8F", "%E2%80%AE"];

    [Fact]
    public async Task Every_write_endpoint_answers_hostile_bodies_with_4xx_problems()
    {
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: (e.RoutePattern.RawText ?? "").Trim('/'), Endpoint: e,
                Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Pattern.StartsWith("api/v1", StringComparison.Ordinal) || e.Pattern.StartsWith("api/host", StringComparison.Ordinal))
            .SelectMany(e => e.Methods.Where(m => m is "PUT" or "POST").Select(m => (e.Pattern, e.Endpoint, Method: m)))
            .ToList();
        var scopes = endpoints.Select(e => e.Endpoint.Metadata.GetMetadata<ApiScope>()?.Value).OfType<string>().Distinct().ToArray();
        Assert.NotEmpty(scopes);

        var failures = new List<string>();
        var requests = 0;
        foreach (var tenant in Demo.TenantIds)
        {
            using var api = ApiCalls.Client(portal, tenant, await ApiCalls.CreateKeyAsync(portal, tenant, scopes));
            using var host = ApiCalls.Client(portal, "http://localhost/", null);
            host.DefaultRequestHeaders.Add("X-Admin-Key", portal.AdminApiKey);
            foreach (var (pattern, endpoint, method) in endpoints)
            {
                var onHost = pattern.StartsWith("api/host", StringComparison.Ordinal);
                if (onHost && tenant != Demo.TenantIds[0])
                    continue;
                var client = onHost ? host : api;
                var fields = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType?.GetProperties()
                    .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToArray() ?? ["name", "status", "amount", "note"];
                // A fresh, valid id (never an existing tenant or resource), then hostile ids with a harmless body.
                var path = "/" + pattern.Split('/').Select(s => s.StartsWith('{') ? "sweep-x1" : s).Aggregate((a, b) => a + "/" + b);
                var bodies = Tokens.Select(t => ("{" + string.Join(",", fields.Select(f => $"\"{f}\":{t}")) + "}", "application/json"))
                    .Concat(Malformed.Select(m => (m, "application/json")))
                    .Concat([("{\"name\":\"x\"}", "text/plain"), ("name=x", "application/x-www-form-urlencoded"), ("<a/>", "application/xml"), ("{}", "")]);
                foreach (var (body, type) in bodies)
                {
                    requests++;
                    await CheckAsync(client, method, path, body, type, failures);
                }
                if (pattern.Contains('{'))
                {
                    foreach (var id in HostileIds)
                    {
                        requests++;
                        var hostilePath = "/" + pattern.Split('/').Select(s => s.StartsWith('{') ? id : s).Aggregate((a, b) => a + "/" + b);
                        await CheckAsync(client, method, hostilePath, "{}", "application/json", failures);
                    }
                }
            }
        }
        output.WriteLine($"{endpoints.Count} endpoints, {requests} requests, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(80)));
    }

    private static async Task CheckAsync(HttpClient client, string method, string path, string body, string type, List<string> failures)
    {
        // The tenant client's base is /{tenant}/: a path relative to it keeps the prefix.
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (type.Length > 0)
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(type) { CharSet = "utf-8" };
        var what = $"{method} {path} {type} {FormSweep.Describe(body)}";
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures.Add($"{what}: threw {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            return;
        }
        var status = (int)response.StatusCode;
        if (status >= 500)
            failures.Add($"{what}: {status} {Short(await response.Content.ReadAsStringAsync())}");
        else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            failures.Add($"{what}: {status} without a problem body ({response.Content.Headers.ContentType?.MediaType})");
    }

    private static string Short(string text) => text.Length > 200 ? text[..200] : text;
}
