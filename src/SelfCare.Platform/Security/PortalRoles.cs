namespace SelfCare.Platform.Security;

/// <summary>The four tenant roles. Staff and tenant admins see every account; customers see their hierarchy.</summary>
public static class PortalRoles
{
    public const string TenantAdmin = "TenantAdmin";
    public const string Staff = "Staff";
    public const string CustomerAdmin = "CustomerAdmin";
    public const string CustomerUser = "CustomerUser";

    public const string StaffOrAdmin = TenantAdmin + "," + Staff;

    public static readonly IReadOnlyList<string> All = [TenantAdmin, Staff, CustomerAdmin, CustomerUser];

    public static string DisplayName(string role) => role switch
    {
        TenantAdmin => "Tenant admin",
        Staff => "Staff",
        CustomerAdmin => "Customer admin",
        CustomerUser => "Customer user",
        _ => role,
    };
}
