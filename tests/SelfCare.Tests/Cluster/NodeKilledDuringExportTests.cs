using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SelfCare.Reports.Data;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Reports;
using Xunit.Abstractions;

namespace SelfCare.Tests.Cluster;

/// <summary>
/// A background report export (Reports tab, Export in background) is running on one node when that node is killed
/// (SIGKILL): the clustered job store hands the job to the other node, which runs it again to the end. The run ends
/// Done with every row and exactly one file in Downloads.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed partial class NodeKilledDuringExportTests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private const int Services = 200_000;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("progress/([0-9a-f-]{36})")]
    private static partial Regex ProgressLink();

    [GeneratedRegex("QuartzScheduler_\\$_(\\S+) started")]
    private static partial Regex SchedulerStarted();

    [Fact]
    public async Task An_export_running_on_a_killed_node_is_finished_by_the_other_once()
    {
        var cluster = fixture.Cluster;
        var account = await ClusterDb.AccountIdAsync(cluster.TenantDatabase, "AC-100100");
        await using (var db = ClusterDb.Billing(cluster.TenantDatabase))
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO services (\"Id\", \"ServiceId\", \"AccountId\", \"Location\", \"Description\", \"Status\", \"CreatedAt\") " +
                "SELECT gen_random_uuid(), 'BULK-' || lpad(g::text, 7, '0'), {0}, 'Louisville, KY', 'Bulk line', 'Active', now() " +
                "FROM generate_series(1, {1}) g", account, Services);

        using var client = cluster.Client(null);
        await client.LoggedInAsync(Demo.BluegrassAdmin, LoopbackCluster.DemoPassword);
        var form = await client.GetStringAsync("reports/run/services.inventory");
        var queued = await client.Http.PostAsync("reports/run/services.inventory?handler=Background&format=csv", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value) }));
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        var runId = Guid.Parse(ProgressLink().Match(queued.Headers.Location!.ToString()).Groups[1].Value);

        // The node whose scheduler took the job is killed once rows are being written.
        var victim = await RunningNodeAsync(cluster, runId);
        var rowsAtKill = await RunAsync(cluster, runId, r => r.Rows);
        victim.Kill();
        output.WriteLine($"Killed node :{victim.Port} with {rowsAtKill} of {Services} rows written");
        Assert.True(await RunAsync(cluster, runId, r => r.Status) == BackgroundRunStatus.Running, "The export was not running when the node was killed.");

        var survivor = victim == cluster.A ? cluster.B : cluster.A;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await RunAsync(cluster, runId, r => r.Status) is BackgroundRunStatus.Running or BackgroundRunStatus.Queued)
        {
            Assert.True(DateTime.UtcNow < deadline, "The surviving node did not finish the export." + Environment.NewLine + survivor.Tail());
            await Task.Delay(500);
        }

        await using var reports = new ReportsDbContext(new DbContextOptionsBuilder<ReportsDbContext>().UseNpgsql(cluster.TenantDatabase).Options, new AllAccountsScope());
        var run = await reports.BackgroundRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
        Assert.True(run.Status == BackgroundRunStatus.Done, run.Error);
        Assert.True(run.Rows > Services, $"{run.Rows} rows");
        var downloads = await reports.Set<Download>().AsNoTracking().Where(d => d.Key == $"run:{runId:N}").ToListAsync();
        Assert.Equal(run.DownloadId, Assert.Single(downloads).Id);
    }

    private static async Task<T> RunAsync<T>(LoopbackCluster cluster, Guid id, Func<BackgroundRun, T> pick)
    {
        await using var db = new ReportsDbContext(new DbContextOptionsBuilder<ReportsDbContext>().UseNpgsql(cluster.TenantDatabase).Options, new AllAccountsScope());
        return pick(await db.BackgroundRuns.AsNoTracking().SingleAsync(r => r.Id == id));
    }

    private async Task<HostNode> RunningNodeAsync(LoopbackCluster cluster, Guid runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            await using var jobs = ClusterDb.Jobs(cluster.TenantDatabase);
            var node = await jobs.Executions.AsNoTracking().Where(e => e.Key == $"run:{runId:N}" && e.Outcome == "Running").Select(e => e.Node).FirstOrDefaultAsync();
            if (node is not null && await RunAsync(cluster, runId, r => r.Rows) > 0)
            {
                output.WriteLine($"Export running on scheduler {node}");
                return new[] { cluster.A, cluster.B }.Single(n => n.Lines.Any(l => SchedulerStarted().Match(l) is { Success: true } m && m.Groups[1].Value.TrimEnd('.') == node));
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The export did not start." + Environment.NewLine + cluster.A.Tail() + Environment.NewLine + cluster.B.Tail());
    }
}
