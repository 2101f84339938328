namespace SelfCare.Tests.BadInput;

/// <summary>Every role on every demo tenant, least privileged first (so an admin's accepted posts come last).</summary>
internal static class SweepCallers
{
    public static readonly Dictionary<string, (string Role, string? Email)[]> ByTenant = new()
    {
        ["accelecom"] =
        [
            ("Anonymous", null), ("CustomerUser", "lexington@bluegrasshealth.example"), ("CustomerAdmin", "it@bluegrasshealth.example"),
            ("Staff", "rep@accelecom.example"), ("TenantAdmin", "admin@accelecom.example"),
        ],
        ["calltower"] =
        [
            ("Anonymous", null), ("CustomerUser", "northeast@northwind.example"), ("CustomerAdmin", "telecom@northwind.example"),
            ("Staff", "support@calltower.example"), ("TenantAdmin", "admin@calltower.example"),
        ],
        ["accelerando"] =
        [
            ("Anonymous", null), ("CustomerUser", "frontdesk@mainstreetdental.example"), ("CustomerAdmin", "office@mainstreetdental.example"),
            ("Staff", "tech@accelerando.example"), ("TenantAdmin", "admin@accelerando.example"),
        ],
    };
}
