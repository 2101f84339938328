namespace SelfCare.Services.Data;

internal enum ServiceStatus
{
    Active,
    Denied,
    Disconnected,
    Pending,
}
