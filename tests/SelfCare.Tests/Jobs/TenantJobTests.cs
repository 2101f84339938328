using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SelfCare.Host.Jobs;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Jobs;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.SampleModule;

namespace SelfCare.Tests.Jobs;

/// <summary>Tenant jobs through the real Quartz scheduler and job store (SQLite, and clustered PostgreSQL).</summary>
public abstract class TenantJobTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task EnableSampleReportsAsync(string tenant, string admin)
    {
        using var client = await portal.Client($"http://localhost/{tenant}/").LoggedInAsync(admin, portal.DemoPassword);
        var response = await client.PostFormAsync("admin/features",
            new Dictionary<string, string> { ["module"] = "SampleReports", ["confirmed"] = "true" }, "admin/features?handler=Enable");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private AsyncServiceScope SystemScope(string tenantId)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(tenantId)!;
        return portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
    }

    /// <summary>The finished executions of the sample job (the modules' own recurring jobs run beside it).</summary>
    private async Task<List<JobExecution>> WaitForExecutionsAsync(string tenantId, int count)
    {
        for (var i = 0; i < 150; i++)
        {
            await using var scope = SystemScope(tenantId);
            var runs = await scope.ServiceProvider.GetRequiredService<JobsDbContext>().Executions.AsNoTracking()
                .Where(e => e.FinishedAtMs != null && e.Job.EndsWith(nameof(SampleAccountJob))).ToListAsync();
            if (runs.Count >= count)
                return runs;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Fewer than {count} job executions finished in 30 s for {tenantId}.");
    }

    private async Task<string[]> AccountNumbersAsync(string tenant, string admin)
    {
        using var client = await portal.Client($"http://localhost/{tenant}/").LoggedInAsync(admin, portal.DemoPassword);
        return (await client.Http.GetFromJsonAsync<JsonElement[]>("api/accounts"))!.Select(a => a.GetProperty("number").GetString()!).ToArray();
    }

    [Fact]
    public async Task A_job_runs_in_its_own_tenant_and_two_firings_for_one_period_have_one_effect()
    {
        await EnableSampleReportsAsync("accelecom", Demo.AccelecomAdmin);
        await using (var scope = SystemScope("accelecom"))
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<ITenantJobScheduler>();
            var data = new Dictionary<string, string> { ["period"] = "2026-11" };
            await scheduler.EnqueueAsync<SampleAccountJob>("first", data: data);
            await scheduler.EnqueueAsync<SampleAccountJob>("second", data: data);
        }

        var executions = await WaitForExecutionsAsync("accelecom", 2);
        Assert.All(executions, e => Assert.Equal("Succeeded", e.Outcome));
        Assert.Single(await AccountNumbersAsync("accelecom", Demo.AccelecomAdmin), n => n == "JOB-2026-11");
        Assert.DoesNotContain("JOB-2026-11", await AccountNumbersAsync("calltower", Demo.CallTowerAdmin));

        await using var check = SystemScope("accelecom");
        var run = await check.ServiceProvider.GetRequiredService<JobsDbContext>().Runs.AsNoTracking()
            .SingleAsync(r => r.Job == "sample-account");
        Assert.Equal((SelfCare.Host.Jobs.JobRunStatus.Succeeded, 1), (run.Status, run.Attempts));

        using var admin = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        var page = await admin.GetStringAsync("admin/jobs");
        Assert.Contains("SampleAccountJob (first)", page);
        Assert.Contains("Succeeded", page);
    }

    [Fact]
    public async Task The_ledger_runs_an_effect_once_under_concurrent_firings()
    {
        var effects = 0;
        var attempts = Enumerable.Range(0, 10).Select(async _ =>
        {
            await using var scope = SystemScope("accelerando");
            return await scope.ServiceProvider.GetRequiredService<IJobRunLedger>().RunOnceAsync("ledger-test", "2026-W47", async ct =>
            {
                Interlocked.Increment(ref effects);
                await Task.Delay(300, ct);
            }, CancellationToken.None);
        });
        var ran = await Task.WhenAll(attempts);
        Assert.Equal(1, effects);
        Assert.Single(ran, r => r);

        // A failed run may be retried; a succeeded one is never run again.
        await using var again = SystemScope("accelerando");
        var ledger = again.ServiceProvider.GetRequiredService<IJobRunLedger>();
        Assert.False(await ledger.RunOnceAsync("ledger-test", "2026-W47", _ => Task.CompletedTask, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ledger.RunOnceAsync("ledger-fail", "p", _ => throw new InvalidOperationException("boom"), CancellationToken.None));
        Assert.True(await ledger.RunOnceAsync("ledger-fail", "p", _ => Task.CompletedTask, CancellationToken.None));
    }

    [Fact]
    public async Task Recurring_jobs_are_scheduled_per_tenant_in_its_time_zone_and_skip_where_the_module_is_off()
    {
        using (var client = portal.Client("http://localhost/calltower/"))
            await client.GetStringAsync("login"); // activates calltower (America/Denver)
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey($"{typeof(SampleAccountJob).FullName}:sample-nightly", "calltower"));
        var cron = Assert.IsAssignableFrom<ICronTrigger>(trigger);
        Assert.Equal("America/Denver", cron.TimeZone.Id);
        var next = TimeZoneInfo.ConvertTime(cron.NextFireTimeUtc!.Value, cron.TimeZone);
        Assert.Equal(2, next.Hour);

        // SampleReports is off for calltower: a firing runs nothing and creates nothing.
        await using (var scope = SystemScope("calltower"))
            await scope.ServiceProvider.GetRequiredService<ITenantJobScheduler>()
                .EnqueueAsync<SampleAccountJob>("off", data: new Dictionary<string, string> { ["period"] = "off" });
        await Task.Delay(3000);
        Assert.DoesNotContain("JOB-off", await AccountNumbersAsync("calltower", Demo.CallTowerAdmin));
    }

    [Fact]
    public async Task The_host_operator_sees_every_tenants_schedule()
    {
        using (var client = portal.Client("http://localhost/accelerando/"))
            await client.GetStringAsync("login");
        using var host = portal.Client("http://localhost/");
        await host.PostFormAsync("host/login", new Dictionary<string, string>
        {
            ["Input.Email"] = portal.OperatorEmail, ["Input.Password"] = portal.OperatorPassword,
        });
        var page = await host.GetStringAsync("host/jobs");
        Assert.Contains("accelerando", page);
        Assert.Contains("SampleAccountJob (sample-nightly)", page);
    }
}

public sealed class TenantJobsOnSqlite(SqlitePortal portal) : TenantJobTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class TenantJobsOnPostgres(PostgresPortal portal) : TenantJobTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
