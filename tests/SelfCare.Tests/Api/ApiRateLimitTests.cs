using System.Net;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>Each API key of each tenant has its own token bucket; over it: 429 with Retry-After and a problem body.</summary>
public sealed class ApiRateLimitTests(RateLimitedPortal portal) : IClassFixture<RateLimitedPortal>
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_while_other_keys_and_tenants_go_on()
    {
        var busyKey = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]);
        var quietKey = await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]);
        var otherTenantKey = await CreateKeyAsync(portal, "calltower", ["Accounts:read"]);
        using var busy = Client(portal, "accelecom", busyKey);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 12 && limited is null; i++)
        {
            var response = await busy.GetAsync("api/v1/accounts?pageSize=1");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                limited = response;
        }
        Assert.NotNull(limited);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) >= 5, string.Join(", ", statuses));
        var problem = await ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.Contains("Wait", problem.GetProperty("detail").GetString());
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) >= 1);

        using var quiet = Client(portal, "accelecom", quietKey);
        Assert.Equal(HttpStatusCode.OK, (await quiet.GetAsync("api/v1/accounts?pageSize=1")).StatusCode);
        using var other = Client(portal, "calltower", otherTenantKey);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("api/v1/accounts?pageSize=1")).StatusCode);

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("api/v1/accounts?pageSize=1")).StatusCode);
    }
}
