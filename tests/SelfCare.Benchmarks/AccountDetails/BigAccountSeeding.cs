using System.Text.RegularExpressions;

namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>How one part of the big account got into the tenant: rows, the way (API or SQL) and the time it took.</summary>
internal sealed record SeedStep(string Part, int Rows, string How, double Seconds);

/// <summary>Feeds <see cref="BigAccount"/> into the running host through <c>/api/v1</c> with a key created on Admin > API keys.</summary>
internal static partial class BigAccountSeeding
{
    [GeneratedRegex("name=\"Input.Scopes\" value=\"([A-Za-z]+:write)\"")]
    private static partial Regex WriteScope();

    public static async Task<List<SeedStep>> SeedAsync(
        SuiteRun run, HostProcess host, BigAccount big)
    {
        var tenantBase = $"{host.BaseUrl}/{BigAccount.Tenant}/";
        string[] scopes;
        using (var admin = await PortalSession.SignInAsync(tenantBase, BigAccount.TenantAdmin, BigAccount.Password))
            scopes = [.. WriteScope().Matches(await admin.Client.GetStringAsync("admin/api-keys")).Select(m => m.Groups[1].Value).Distinct()];
        run.Progress($"Creating an API key on Admin > API keys with {string.Join(", ", scopes)}");
        var key = await Api.ApiPortalSession.CreateKeyAsync(tenantBase, BigAccount.TenantAdmin, BigAccount.Password, "Account details benchmark", scopes);

        using var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 16 };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var api = new ApiSeeder(client, $"{tenantBase}api/v1", key);
        var steps = new List<SeedStep>();

        var accounts = await api.PutAllAsync("accounts", big.Children, c => (c.ExternalId, (object)new
        {
            number = c.Number, name = c.Name, parentExternalId = BigAccount.ParentExternalId, city = c.City, region = c.Region, status = "Active",
        }));
        steps.Add(new SeedStep("Child accounts", big.Children.Count, "PUT /api/v1/accounts/{externalId}", accounts.TotalSeconds));
        run.Progress($"{big.Children.Count} child accounts in {accounts.TotalSeconds:F1} s");

        var services = await api.PutAllAsync("services", big.Services, ServiceBody);
        steps.Add(new SeedStep("Services with products", big.Services.Count, "PUT /api/v1/services/{externalId}", services.TotalSeconds));
        run.Progress($"{big.Services.Count} services in {services.TotalSeconds:F1} s");

        var orders = await api.PutAllAsync("orders", big.Orders, OrderBody);
        steps.Add(new SeedStep("Orders with a service line", big.Orders.Count, "PUT /api/v1/orders/{externalId}", orders.TotalSeconds));
        run.Progress($"{big.Orders.Count} orders in {orders.TotalSeconds:F1} s");
        return steps;
    }

    private static (string, object) ServiceBody(ServiceSeed s) => (s.ExternalId, new
    {
        serviceId = s.ServiceId, accountExternalId = s.AccountExternalId, location = s.Location, description = s.Description, status = s.Status,
        products = s.Products.Select(p => new { product = p.Product, quantity = p.Quantity, unitPrice = p.UnitPrice, currency = "USD", recurring = p.Recurring }),
    });

    private static (string, object) OrderBody(OrderSeed o) => (o.ExternalId, new
    {
        number = o.Number, accountNumber = o.AccountNumber, status = o.Status, orderType = "Install", description = o.Description,
        requestedDate = o.Requested, activationDate = o.Activation,
        address = new { street1 = o.Street, city = o.City, region = o.Region, country = "US" },
        lines = new[] { new { service = o.Service, quantity = 1, unitPrice = o.UnitPrice, currency = "USD", recurring = o.Recurring } },
    });
}
