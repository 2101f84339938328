namespace SelfCare.Tests.Infrastructure;

/// <summary>Demo logins from src/SelfCare.Host/Demo/demo-data.json.</summary>
internal static class Demo
{
    public const string AccelecomAdmin = "admin@accelecom.example";
    public const string AccelecomStaff = "rep@accelecom.example";
    public const string BluegrassAdmin = "it@bluegrasshealth.example";
    public const string LexingtonUser = "lexington@bluegrasshealth.example";
    public const string DerbyAdmin = "ops@derbycity.example";
    public const string CallTowerAdmin = "admin@calltower.example";
    public const string NorthwindAdmin = "telecom@northwind.example";

    public static readonly string[] TenantIds = ["accelecom", "calltower", "accelerando"];
}
