using SelfCare.Platform.Security;

namespace SelfCare.Tests.Reports;

/// <summary>The system's scope, for a test that opens a tenant's ReportsDbContext directly.</summary>
internal sealed class AllAccountsScope : IAccountScope
{
    public bool SeesAllAccounts => true;
    public IReadOnlyList<Guid> AccountIds => [];
    public IReadOnlyList<Guid> RootAccountIds => [];
}
