using System.Net;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Api;

/// <summary>v1 lists: ?page and ?pageSize (at most 200), an envelope with totals and a Link header.</summary>
public sealed class ApiPagingTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Pages_carry_totals_and_links_and_cover_every_account_once()
    {
        using var api = Client(portal, "calltower", await CreateKeyAsync(portal, "calltower", ["Accounts:read", "Accounts:write"]));
        for (var i = 0; i < 7; i++)
            await JsonAsync(await api.PutJsonAsync($"api/v1/accounts/page-{i}", new { number = $"PG-{i:00}", name = $"Paged {i}" }), HttpStatusCode.Created);
        var all = await JsonAsync(await api.GetAsync("api/v1/accounts?pageSize=200"), HttpStatusCode.OK);
        var total = all.GetProperty("totalItems").GetInt32();
        Assert.True(total >= 7);

        var seen = new List<string>();
        for (var page = 1; ; page++)
        {
            var response = await api.GetAsync($"api/v1/accounts?page={page}&pageSize=3");
            var body = await JsonAsync(response, HttpStatusCode.OK);
            Assert.Equal(page, body.GetProperty("page").GetInt32());
            Assert.Equal(3, body.GetProperty("pageSize").GetInt32());
            Assert.Equal(total, body.GetProperty("totalItems").GetInt32());
            Assert.Equal((total + 2) / 3, body.GetProperty("totalPages").GetInt32());
            var link = string.Join(",", response.Headers.GetValues("Link"));
            Assert.Contains("<http://localhost/calltower/api/v1/accounts?page=1&pageSize=3>; rel=\"first\"", link);
            Assert.Contains($"page={(total + 2) / 3}&pageSize=3>; rel=\"last\"", link);
            Assert.Equal(page > 1, link.Contains("rel=\"prev\""));
            var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList();
            seen.AddRange(items);
            if (!link.Contains("rel=\"next\""))
                break;
            Assert.Contains($"page={page + 1}&pageSize=3>; rel=\"next\"", link);
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);

        var beyond = await JsonAsync(await api.GetAsync("api/v1/accounts?page=999&pageSize=3"), HttpStatusCode.OK);
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
        var defaults = await JsonAsync(await api.GetAsync("api/v1/accounts"), HttpStatusCode.OK);
        Assert.Equal(50, defaults.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("pageSize=1e3", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("page=1&page=2", "page")]
    public async Task Bad_paging_values_answer_400_naming_the_parameter(string query, string field)
    {
        using var api = Client(portal, "calltower", await CreateKeyAsync(portal, "calltower", ["Accounts:read"]));
        var problem = await ProblemAsync(await api.GetAsync("api/v1/accounts?" + query), HttpStatusCode.BadRequest);
        Assert.Contains(field, FieldErrors(problem, field));
    }
}
