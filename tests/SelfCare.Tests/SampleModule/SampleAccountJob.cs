using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Jobs;

namespace SelfCare.Tests.SampleModule;

/// <summary>A tenant job whose effect is visible in the tenant's own database: one account per period.</summary>
internal sealed class SampleAccountJob(IJobRunLedger ledger, IAccountProvisioning accounts) : ITenantJob
{
    public async Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        var period = context.Data.GetValueOrDefault("period", "none");
        await ledger.RunOnceAsync("sample-account", period, async ct =>
        {
            await Task.Delay(200, ct); // long enough for a second firing to overlap
            await accounts.CreateAsync(new NewAccount($"JOB-{period}", $"Created by a job for {context.TenantId}", null, null, null), ct);
        }, cancellationToken);
    }
}
