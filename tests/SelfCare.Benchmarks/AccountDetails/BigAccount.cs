namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>
/// The rows added to the demo tenant's Derby City Logistics (AC-200200, demo customer admin ops@derbycity.example)
/// so that its tree holds the wanted totals: the demo rows already there count toward them. Deterministic (fixed
/// seed), so every run measures the same data.
/// </summary>
internal sealed class BigAccount
{
    public const string Tenant = "accelecom";
    public const string ParentNumber = "AC-200200";
    public const string ParentExternalId = "bench-derby-city";
    public const string CustomerAdmin = "ops@derbycity.example";
    public const string TenantAdmin = "admin@accelecom.example";
    public const string Password = "Portal-Demo-2026"; // the demo password of appsettings.Development.json

    private static readonly (string City, string Region)[] Places =
    [
        ("Louisville", "KY"), ("Lexington", "KY"), ("Bowling Green", "KY"), ("Owensboro", "KY"), ("Paducah", "KY"),
        ("Evansville", "IN"), ("Indianapolis", "IN"), ("Cincinnati", "OH"), ("Columbus", "OH"), ("Nashville", "TN"),
        ("Knoxville", "TN"), ("Memphis", "TN"), ("Charleston", "WV"), ("St. Louis", "MO"),
    ];

    private static readonly (string Prefix, string Description, (string Product, decimal Price, bool Recurring)[] Products)[] Kinds =
    [
        ("CKT", "Dedicated fiber internet 1 Gbps", [("Dedicated Fiber Internet 1 Gbps", 1450m, true), ("Fiber installation", 750m, false)]),
        ("CKT", "Dedicated fiber internet 500 Mbps", [("Dedicated Fiber Internet 500 Mbps", 895m, true), ("Static IP block /29", 25m, true)]),
        ("SIP", "SIP trunk, depot PBX", [("SIP trunk channel", 18.5m, true), ("DID number", 1.5m, true)]),
        ("BB", "Business broadband backup 300 Mbps", [("Business Broadband 300 Mbps", 129m, true)]),
        ("MPLS", "MPLS circuit to the Louisville hub", [("MPLS port 100 Mbps", 410m, true), ("Router rental", 45m, true), ("Site survey", 300m, false)]),
        ("UC", "Hosted voice seats, warehouse floor", [("Hosted voice seat", 24m, true), ("Desk phone", 189m, false)]),
    ];

    private static readonly string[] ServiceStatuses = ["Active", "Active", "Active", "Active", "Active", "Active", "Active", "Pending", "Disconnected", "Denied"];
    private static readonly string[] OrderStatuses = ["New", "Sent", "Sent", "Completed", "Completed", "Completed", "Completed", "Hold", "Error"];

    public BigAccount(int newChildren, int newServices, int newOrders)
    {
        var random = new Random(20261122);
        Children = [.. Enumerable.Range(1, Math.Max(0, newChildren)).Select(i =>
        {
            var (city, region) = Places[i % Places.Length];
            return new ChildSeed($"bench-child-{i:D3}", $"AC-{200201 + i}", $"Derby City Logistics - {city} Depot {i}", city, region);
        })];
        (string ExternalId, string Number)[] accounts = [(ParentExternalId, ParentNumber), .. Children.Select(c => (c.ExternalId, c.Number))];
        Services = [.. Enumerable.Range(1, Math.Max(0, newServices)).Select(i =>
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var account = accounts[random.Next(accounts.Length)].ExternalId;
            var (city, region) = Places[random.Next(Places.Length)];
            var products = kind.Products.Take(1 + random.Next(kind.Products.Length))
                .Select(p => new ProductSeed(p.Product, 1 + (p.Recurring ? random.Next(24) : 0), p.Price, p.Recurring)).ToList();
            return new ServiceSeed($"bench-svc-{i:D5}", $"{kind.Prefix}-DCL-{i:D5}", account, $"{100 + i % 900} Commerce Way, {city}, {region}",
                $"{kind.Description} ({city})", ServiceStatuses[random.Next(ServiceStatuses.Length)], products);
        })];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Orders = [.. Enumerable.Range(1, Math.Max(0, newOrders)).Select(i =>
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var (city, region) = Places[random.Next(Places.Length)];
            var requested = today.AddDays(-random.Next(120));
            return new OrderSeed($"bench-ord-{i:D5}", $"ORD-DCL-{i:D5}", accounts[random.Next(accounts.Length)].Number,
                OrderStatuses[random.Next(OrderStatuses.Length)], kind.Description, requested, requested.AddDays(14 + random.Next(60)),
                $"{100 + i % 900} Commerce Way", city, region, kind.Products[0].Product, kind.Products[0].Price, kind.Products[0].Recurring);
        })];
    }

    public IReadOnlyList<ChildSeed> Children { get; }
    public IReadOnlyList<ServiceSeed> Services { get; }
    public IReadOnlyList<OrderSeed> Orders { get; }
}

internal sealed record ChildSeed(string ExternalId, string Number, string Name, string City, string Region);

internal sealed record ProductSeed(string Product, int Quantity, decimal UnitPrice, bool Recurring);

internal sealed record ServiceSeed(string ExternalId, string ServiceId, string AccountExternalId, string Location, string Description,
    string Status, IReadOnlyList<ProductSeed> Products);

internal sealed record OrderSeed(string ExternalId, string Number, string AccountNumber, string Status, string Description,
    DateOnly Requested, DateOnly Activation, string Street, string City, string Region, string Service, decimal UnitPrice, bool Recurring);
