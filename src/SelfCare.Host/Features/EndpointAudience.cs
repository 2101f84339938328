namespace SelfCare.Host.Features;

/// <summary>
/// Who an endpoint serves. Endpoints without this metadata serve tenants only; host administration
/// is <see cref="Host"/>; status pages serve <see cref="Any"/>.
/// </summary>
internal sealed record EndpointAudience(bool Host, bool Tenant)
{
    public static readonly EndpointAudience HostOnly = new(true, false);
    public static readonly EndpointAudience Any = new(true, true);
}
