using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SelfCare.Reports.Data;
using SelfCare.Reports.Schedules;
using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.Reports;

/// <summary>
/// Two host processes on two loopback ports share one PostgreSQL (host, tenant and clustered Quartz job store). Sixty
/// schedules fall due; the node whose sweep picks them up is killed (SIGKILL) mid-run; the other node's next sweep
/// finishes the period. Every schedule is delivered exactly once: one run record and one email per recipient.
/// </summary>
public sealed class TwoHostScheduleTests(ITestOutputHelper output)
{
    private const int Schedules = 60;

    [Fact]
    public async Task A_period_is_delivered_exactly_once_when_the_node_running_it_is_killed()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var server = PostgresServer.ConnectionString;
        var dataRoot = Path.Combine(Path.GetTempPath(), $"selfcare-twohost-{id}");
        Directory.CreateDirectory(dataRoot);
        var tenantsFile = Path.Combine(dataRoot, "tenants.json");
        var tenants = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.tenants.json")))!;
        var accelecom = tenants["Tenants"]!.AsArray().First(t => (string?)t!["Id"] == "accelecom")!.DeepClone();
        accelecom["DatabaseProvider"] = "Postgres";
        File.WriteAllText(tenantsFile, new JsonObject { ["Tenants"] = new JsonArray(accelecom) }.ToJsonString());
        var settings = new Dictionary<string, string>
        {
            ["DataRoot"] = dataRoot, ["TenantsFile"] = tenantsFile,
            ["HostDatabaseProvider"] = "Postgres", ["HostDatabase"] = new NpgsqlConnectionStringBuilder(server) { Database = $"h{id}_host" }.ToString(),
            ["TenantPostgres"] = server, ["TenantDatabasePrefix"] = $"t{id}_",
            ["Jobs:Provider"] = "Postgres", ["Jobs:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = $"j{id}_jobs" }.ToString(),
        };
        var tenantDb = new NpgsqlConnectionStringBuilder(server) { Database = $"t{id}_accelecom" }.ToString();

        using var a = HostNode.Start(settings);
        await ActivateAsync(a);
        using var b = HostNode.Start(settings);
        await ActivateAsync(b);

        var (ids, period) = await AddDueSchedulesAsync(tenantDb);
        output.WriteLine($"{Schedules} schedules due for period {period}");

        // Whichever node's sweep takes the period is killed as soon as it says so.
        var victim = await WaitForSweepAsync([a, b], TimeSpan.FromSeconds(150));
        for (var i = 0; i < 500 && await SucceededAsync(tenantDb, ids, period) == 0; i++)
            await Task.Delay(10);
        victim.Kill();
        var doneAtKill = await SucceededAsync(tenantDb, ids, period);
        output.WriteLine($"Killed node :{victim.Port} with {doneAtKill} of {Schedules} delivered");
        Assert.True(doneAtKill is > 0 and < Schedules, $"{doneAtKill} delivered when the node was killed: not mid-run.");

        var survivor = victim == a ? b : a;
        var deadline = DateTime.UtcNow.AddSeconds(200);
        while (await SucceededAsync(tenantDb, ids, period) < Schedules)
        {
            Assert.True(DateTime.UtcNow < deadline, "The surviving node did not finish the period." + Environment.NewLine + survivor.Tail());
            Assert.False(survivor.HasExited, survivor.Tail());
            await Task.Delay(1000);
        }

        await using var db = Open(tenantDb);
        var runs = await db.Runs.AsNoTracking().Where(r => ids.Contains(r.ScheduleId) && r.Status == ScheduleRunStatus.Succeeded).ToListAsync();
        Assert.Equal(Schedules, runs.Count);
        Assert.All(runs.GroupBy(r => r.ScheduleId), g => Assert.Single(g));
        var mail = await db.Set<SelfCare.Platform.Email.OutboxMessage>().AsNoTracking()
            .Where(m => m.Template == ReportEmailTemplates.Report && m.ToAddress.StartsWith($"twohost-{id}-")).Select(m => m.ToAddress).ToListAsync();
        Assert.Equal(Schedules, mail.Count);
        Assert.Equal(Schedules, mail.Distinct().Count());
        var next = await db.Schedules.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => s.NextRunAt).ToListAsync();
        Assert.All(next, n => Assert.True(n > DateTime.UtcNow, "each schedule moved on to its next day"));

        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return;

        async Task<(List<Guid>, string)> AddDueSchedulesAsync(string connection)
        {
            await using var db = Open(connection);
            var owner = await db.Database.SqlQueryRaw<string>(
                "SELECT \"Id\" AS \"Value\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = 'ADMIN@ACCELECOM.EXAMPLE'").SingleAsync();
            var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
            var now = DateTime.UtcNow;
            var due = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc).AddMinutes(-1);
            var local = TimeZoneInfo.ConvertTimeFromUtc(due, zone);
            var list = new List<Guid>();
            for (var i = 0; i < Schedules; i++)
            {
                var schedule = new ReportSchedule
                {
                    Id = Guid.NewGuid(), OwnerUserId = owner, OwnerEmail = Demo.AccelecomAdmin, Name = $"Two hosts {i}", DefinitionId = "services.inventory",
                    ParametersJson = new SavedParameters("last-month", null, []).ToJson(), Format = ReportFormat.Csv, Frequency = ScheduleFrequency.Daily,
                    TimeOfDayMinutes = local.Hour * 60 + local.Minute, NextRunAt = due, CreatedAt = now,
                    Recipients = [new ScheduleRecipient { Id = Guid.NewGuid(), Address = $"twohost-{id}-{i}@example.org" }],
                };
                db.Schedules.Add(schedule);
                list.Add(schedule.Id);
            }
            await db.SaveChangesAsync();
            return (list, ReportsSweepJob.Period(due));
        }
    }

    private static ReportsDbContext Open(string connection) =>
        new(new DbContextOptionsBuilder<ReportsDbContext>().UseNpgsql(connection).Options, new AllAccountsScope());

    private static async Task<int> SucceededAsync(string connection, List<Guid> ids, string period)
    {
        await using var db = Open(connection);
        return await db.Runs.CountAsync(r => ids.Contains(r.ScheduleId) && r.Period == period && r.Status == ScheduleRunStatus.Succeeded);
    }

    private static async Task ActivateAsync(HostNode node)
    {
        using var http = new HttpClient { BaseAddress = new Uri(node.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 600; i++)
        {
            Assert.False(node.HasExited, node.Tail());
            try
            {
                if ((await http.GetAsync("accelecom/login")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The host did not start." + Environment.NewLine + node.Tail());
    }

    private static async Task<HostNode> WaitForSweepAsync(HostNode[] nodes, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        while (DateTime.UtcNow < deadline)
        {
            foreach (var node in nodes)
            {
                if (node.Lines.Any(l => l.Contains("Reports sweep for", StringComparison.Ordinal) && l.Contains($"{Schedules} schedules due", StringComparison.Ordinal)))
                    return node;
            }
            await Task.Delay(5);
        }
        throw new TimeoutException("No node swept the due schedules." + Environment.NewLine + string.Join(Environment.NewLine, nodes.Select(n => n.Tail())));
    }
}
