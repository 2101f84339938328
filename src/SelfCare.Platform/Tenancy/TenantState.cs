namespace SelfCare.Platform.Tenancy;

public enum TenantState
{
    Running,
    Disabled,
}
