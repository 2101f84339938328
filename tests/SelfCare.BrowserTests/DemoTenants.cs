namespace SelfCare.BrowserTests;

/// <summary>A demo tenant from appsettings.tenants.json with the customer admin the demo seeder creates for it.</summary>
public sealed record DemoTenant(string Id, string Name, string Theme, string CustomerAdmin);

public static class DemoTenants
{
    /// <summary>The demo users' password (SelfCare:DemoPassword in the host's Development settings).</summary>
    public const string Password = "Portal-Demo-2026";

    public static readonly IReadOnlyList<DemoTenant> All =
    [
        new("accelecom", "Accelecom", "Accelecom", "it@bluegrasshealth.example"),
        new("calltower", "CallTower", "CallTower", "telecom@northwind.example"),
        new("accelerando", "Accelerando", "Accelerando", "office@mainstreetdental.example"),
    ];

    public static DemoTenant Get(string id) => All.Single(t => t.Id == id);
}

/// <summary>How a browser reaches a tenant.</summary>
public enum TenantAddress
{
    /// <summary>http://127.0.0.1:{port}/{tenant}/… on the host's own name.</summary>
    UrlPrefix,

    /// <summary>http://{tenant}.localhost:{port}/… (Chromium resolves *.localhost to loopback).</summary>
    HostName,
}
