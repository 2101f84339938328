namespace SelfCare.Host.Api;

internal enum ApiKeyState
{
    Active,
    Expired,
    Revoked,
}
