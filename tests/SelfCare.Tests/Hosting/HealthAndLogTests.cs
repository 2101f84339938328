using System.Net;
using System.Text.Json;

namespace SelfCare.Tests.Hosting;

/// <summary>
/// The probes a load balancer uses (live: the process; ready: host database, job store and, on a tenant's address, its
/// database) and the log lines' tenant id and request id.
/// </summary>
public sealed class HealthAndLogTests(LogCapturePortal portal) : IClassFixture<LogCapturePortal>
{
    [Theory]
    [InlineData("http://localhost/", 2)]
    [InlineData("http://localhost/accelecom/", 3)]
    [InlineData("http://accelerando.localhost/", 3)]
    public async Task Live_and_ready_answer_on_the_host_and_on_every_tenant(string baseAddress, int checks)
    {
        using var client = portal.Client(baseAddress);
        var live = await client.GetAsync("health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("ok", await live.Content.ReadAsStringAsync());
        Assert.Equal("no-store", live.Headers.CacheControl?.ToString());

        var ready = await client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ready", body.GetProperty("status").GetString());
        var results = body.GetProperty("checks").EnumerateObject().ToList();
        Assert.Equal(checks, results.Count);
        Assert.All(results, r => Assert.Equal("ok", r.Value.GetString()));
    }

    [Fact]
    public async Task Every_log_line_of_a_tenant_request_names_the_tenant_and_the_request()
    {
        using var client = portal.Client("http://localhost/calltower/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("login")).StatusCode);
        var lines = portal.Logs.Entries.Where(e => e.Category.StartsWith("Microsoft.AspNetCore.Routing", StringComparison.Ordinal)
                                                   && e.Scope.TryGetValue("RequestPath", out var path) && $"{path}".EndsWith("/login", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l =>
        {
            Assert.Equal("calltower", l.Scope["TenantId"]);
            Assert.False(string.IsNullOrEmpty(l.Scope["RequestId"]?.ToString()));
        });
    }
}
