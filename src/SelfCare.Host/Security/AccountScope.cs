using SelfCare.Platform.Security;

namespace SelfCare.Host.Security;

/// <summary>The request's account scope. Sees nothing until <see cref="AccountScopeMiddleware"/> (or a system task) sets it.</summary>
internal sealed class AccountScope : IAccountScope
{
    public bool SeesAllAccounts { get; private set; }
    public IReadOnlyList<Guid> AccountIds { get; private set; } = [];
    public IReadOnlyList<Guid> RootAccountIds { get; private set; } = [];

    public void GrantAll() => SeesAllAccounts = true;

    public void Limit(IReadOnlyList<Guid> roots, IReadOnlyList<Guid> visible)
    {
        RootAccountIds = roots;
        AccountIds = visible;
    }
}
