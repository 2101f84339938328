using System.Net;
using System.Net.Http.Json;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Orders;

/// <summary>The integration API: upsert orders by external id, post their events, list them; bad input is a 400 problem. On both providers.</summary>
public abstract class OrderApiTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task<HttpClient> WriterAsync() =>
        Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Orders:read", "Orders:write"]));

    private static object Body(string number, string status = "New", string account = "AC-100102") => new
    {
        number, accountNumber = account, status, orderType = "New service", description = "Fiber from the billing system",
        requestedDate = "2030-03-01", activationDate = "2030-03-15",
        address = new { street1 = "1 Main St", city = "Lexington", region = "KY", postalCode = "40507", country = "US" },
        lines = new[] { new { service = "Fiber 1 Gbps", quantity = 1, unitPrice = 1450.0, recurring = true } },
    };

    [Fact]
    public async Task Put_creates_then_updates_and_a_status_change_is_in_the_history()
    {
        using var api = await WriterAsync();
        var created = await JsonAsync(await api.PutJsonAsync("api/v1/orders/erp-o-1", Body("API-1001")), HttpStatusCode.Created);
        Assert.Equal("API-1001", created.GetProperty("number").GetString());
        Assert.Equal("New", created.GetProperty("status").GetString());
        Assert.Equal("2030-03-15", created.GetProperty("activationDate").GetString());

        var updated = await JsonAsync(await api.PutJsonAsync("api/v1/orders/erp-o-1", Body("API-1001", "Sent")), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetGuid(), updated.GetProperty("id").GetGuid());
        Assert.Equal("Sent", updated.GetProperty("status").GetString());
        Assert.Single(updated.GetProperty("lines").EnumerateArray());

        var read = await JsonAsync(await api.GetAsync("api/v1/orders/erp-o-1"), HttpStatusCode.OK);
        Assert.Equal("Sent", read.GetProperty("status").GetString());

        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        var details = await lexington.GetStringAsync($"orders/details/{created.GetProperty("id").GetGuid()}");
        Assert.Contains("<td>New</td><td>Sent</td><td>Updated through the API</td>", details);
    }

    [Fact]
    public async Task The_account_is_named_by_its_external_id_or_its_number_never_both()
    {
        using var accountsApi = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Accounts:write"]));
        await JsonAsync(await accountsApi.PutJsonAsync("api/v1/accounts/erp-acct-77", new { number = "AC-777000", name = "Keeneland Clinic" }),
            HttpStatusCode.Created);
        using var api = await WriterAsync();
        var order = await JsonAsync(await api.PutJsonAsync("api/v1/orders/erp-o-77",
            new { number = "API-7701", accountExternalId = "erp-acct-77", status = "Hold" }), HttpStatusCode.Created);
        Assert.Equal("erp-acct-77", order.GetProperty("accountExternalId").GetString());
        Assert.Equal("AC-777000", order.GetProperty("accountNumber").GetString());
        var listed = await JsonAsync(await api.GetAsync("api/v1/orders?account=erp-acct-77"), HttpStatusCode.OK);
        Assert.Equal(["API-7701"], listed.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("number").GetString()));

        var both = await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-78",
            new { number = "API-7801", accountExternalId = "erp-acct-77", accountNumber = "AC-777000" }), HttpStatusCode.BadRequest);
        Assert.Contains("not both", FieldErrors(both, "accountExternalId"));
        var neither = await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-78", new { number = "API-7801" }), HttpStatusCode.BadRequest);
        Assert.Contains("accountNumber", FieldErrors(neither, "accountExternalId"));
        var unknown = await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-78",
            new { number = "API-7801", accountExternalId = "erp-nobody" }), HttpStatusCode.BadRequest);
        Assert.Contains("erp-nobody", FieldErrors(unknown, "accountExternalId"));
    }

    [Fact]
    public async Task Events_change_status_and_add_notes_by_external_id()
    {
        using var api = await WriterAsync();
        await JsonAsync(await api.PutJsonAsync("api/v1/orders/erp-o-2", Body("API-1002")), HttpStatusCode.Created);
        var result = await JsonAsync(await api.PostAsJsonAsync("api/v1/orders/erp-o-2/events",
            new { status = "Completed", comment = "Activated by the carrier", note = "Circuit id CKT-9", by = "billing" }), HttpStatusCode.Created);
        Assert.Equal("Completed", result.GetProperty("status").GetString());
        Assert.Equal(2, result.GetProperty("historyEntries").GetInt32());
        Assert.Equal(1, result.GetProperty("notes").GetInt32());

        await ProblemAsync(await api.PostAsJsonAsync("api/v1/orders/nope/events", new { note = "x" }), HttpStatusCode.NotFound);
        var bad = await ProblemAsync(await api.PostAsJsonAsync("api/v1/orders/erp-o-2/events", new { status = "Shipped" }), HttpStatusCode.BadRequest);
        Assert.Contains("New, Sent, Completed, Hold, Error", FieldErrors(bad, "status"));
        await ProblemAsync(await api.PostAsJsonAsync("api/v1/orders/erp-o-2/events", new { }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_input_and_unknown_accounts_are_400_problems()
    {
        using var api = await WriterAsync();
        var unknown = await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-3", Body("API-1003", account: "AC-999999")), HttpStatusCode.BadRequest);
        Assert.Contains("AC-999999", FieldErrors(unknown, "accountNumber"));
        var status = await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-3", Body("API-1003", "Shipped")), HttpStatusCode.BadRequest);
        Assert.Contains("must be one of", FieldErrors(status, "status"));
        await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-3", "{\"number\": "), HttpStatusCode.BadRequest);
        await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-3", "{\"number\": \"X\", \"activationDate\": \"tomorrow\"}"), HttpStatusCode.BadRequest);
        var missing = await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-3", "{}"), HttpStatusCode.BadRequest);
        Assert.Contains("required", FieldErrors(missing, "number"));
        var taken = await ProblemAsync(await api.PutJsonAsync("api/v1/orders/erp-o-3", Body("AO-24001")), HttpStatusCode.BadRequest);
        Assert.Contains("AO-24001", FieldErrors(taken, "number"));
        await ProblemAsync(await api.GetAsync("api/v1/orders?status=Shipped"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_list_is_paged_filtered_and_needs_the_orders_scope()
    {
        using var api = await WriterAsync();
        var page = await JsonAsync(await api.GetAsync("api/v1/orders?account=AC-200201&pageSize=2"), HttpStatusCode.OK);
        Assert.Equal(3, page.GetProperty("totalItems").GetInt32());
        Assert.Equal(["AO-24020", "AO-24021"], page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("number").GetString()));

        using var accountsOnly = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Accounts:read"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await accountsOnly.GetAsync("api/v1/orders")).StatusCode);
        using var reader = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Orders:read"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutJsonAsync("api/v1/orders/erp-o-4", Body("API-1004"))).StatusCode);
    }
}

public sealed class OrderApiOnSqlite(SqlitePortal portal) : OrderApiTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class OrderApiOnPostgres(PostgresPortal portal) : OrderApiTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
