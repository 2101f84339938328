namespace SelfCare.Benchmarks.Load;

/// <summary>A demo tenant and the customer admin whose session loads its pages.</summary>
internal sealed record LoadTenant(string Id, string CustomerAdmin, string Account);

/// <summary>
/// The three demo tenants and the main customer pages of every module. Each tenant gets the pages that answer it: a page
/// whose module the tenant has not enabled answers 404 and is left out (appsettings.tenants.json decides, not this list).
/// </summary>
internal static class TenantPages
{
    public const string Password = "Portal-Demo-2026";

    public static readonly LoadTenant[] Tenants =
    [
        new("accelecom", "it@bluegrasshealth.example", "AC-100100 and its 4 descendants"),
        new("calltower", "telecom@northwind.example", "CT-5000 and its 29 descendants"),
        new("accelerando", "office@mainstreetdental.example", "MS-3100 and its 2 children"),
    ];

    public static readonly (string Name, string Path)[] Pages =
    [
        ("Summary", ""),
        ("Accounts", "accounts"),
        ("Bills", "bills"),
        ("Services", "services"),
        ("Orders", "orders"),
        ("Tickets", "tickets"),
        ("Support (help desk)", "support"),
        ("Usage", "usage"),
        ("Calls", "usage/calls"),
        ("Agreements", "agreements"),
        ("Reports", "reports"),
        ("Downloads", "downloads"),
    ];

    /// <summary>The reference: same pipeline and tenant database, one query, no page.</summary>
    public static readonly (string Name, string Path) Health = ("Health (reference)", "health");
}
