using SelfCare.Host.Security;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Tenancy;

/// <summary>Opens a DI scope that works for one tenant as the system (all accounts): activation, provisioning, jobs.</summary>
internal sealed class TenantScopeFactory(IServiceScopeFactory scopes)
{
    public AsyncServiceScope CreateSystemScope(TenantInfo tenant)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        scope.ServiceProvider.GetRequiredService<AccountScope>().GrantAll();
        return scope;
    }
}
