using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Downloads;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;
using SelfCare.Reports.Downloads;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>
/// The Downloads shelf: files added through IAccountDownloads (as the Usage module adds monthly CDR files) are listed and
/// served per account scope, a repeated key adds nothing, an account outside the caller's scope is refused, and the
/// retention job removes files older than the tenant's setting.
/// </summary>
public abstract class DownloadsTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task<Guid> AddAsync(string number, string name, string? key = null)
    {
        await ReportsKit.ActivateAsync(portal);
        var account = await ReportsKit.AccountIdAsync(portal, number);
        await using var scope = ReportsKit.Scope(portal);
        var content = new MemoryStream(Encoding.UTF8.GetBytes($"Date,From,To\r\n2026-10-01,{number},555-0100\r\n"));
        return await scope.ServiceProvider.GetRequiredService<IAccountDownloads>().AddAsync(
            new NewDownload(account, name, "text/csv; charset=utf-8", "CDR file", key), content, CancellationToken.None);
    }

    [Fact]
    public async Task Files_are_listed_and_served_only_within_the_account_scope()
    {
        var own = await AddAsync("AC-100103", "cdr-annex-2026-10.csv");
        var sibling = await AddAsync("AC-100101", "cdr-louisville-2026-10.csv");
        using var lexington = await ReportsKit.AsAsync(portal, Demo.LexingtonUser);
        var page = await lexington.GetStringAsync("downloads");
        Assert.Contains("cdr-annex-2026-10.csv", page);
        Assert.DoesNotContain("cdr-louisville-2026-10.csv", page);
        var file = await lexington.GetAsync($"downloads?handler=File&id={own}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("AC-100103", await file.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"downloads?handler=File&id={sibling}")).StatusCode);
        using var calltower = await ReportsKit.AsAsync(portal, "admin@calltower.example", "calltower");
        Assert.Equal(HttpStatusCode.NotFound, (await calltower.GetAsync($"downloads?handler=File&id={own}")).StatusCode);
        Assert.DoesNotContain("cdr-annex-2026-10.csv", await calltower.GetStringAsync("downloads"));
    }

    [Fact]
    public async Task A_repeated_key_adds_nothing_and_an_account_outside_the_scope_is_refused()
    {
        var first = await AddAsync("AC-100102", "cdr-lexington-2026-09.csv", "cdr:2026-09");
        var again = await AddAsync("AC-100102", "cdr-lexington-2026-09.csv", "cdr:2026-09");
        Assert.Equal(first, again);

        var lexingtonId = await ReportsKit.UserIdAsync(portal, Demo.LexingtonUser);
        var derby = await ReportsKit.AccountIdAsync(portal, "AC-200200");
        await using var system = ReportsKit.Scope(portal);
        await using var user = (await system.ServiceProvider.GetRequiredService<IUserScopeFactory>().CreateForUserAsync(lexingtonId, CancellationToken.None))!.Value;
        await Assert.ThrowsAsync<InvalidOperationException>(() => user.ServiceProvider.GetRequiredService<IAccountDownloads>().AddAsync(
            new NewDownload(derby, "not-yours.csv", "text/csv", "CDR file"), new MemoryStream("a,b\r\n"u8.ToArray()), CancellationToken.None));
    }

    [Fact]
    public async Task The_retention_job_removes_files_older_than_the_tenants_setting()
    {
        using (var admin = await ReportsKit.AsAsync(portal, Demo.AccelecomAdmin))
        {
            var saved = await admin.PostFormAsync("reports/settings", new Dictionary<string, string> { ["RetentionDays"] = "30" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var bad = await admin.PostFormAsync("reports/settings", new Dictionary<string, string> { ["RetentionDays"] = "0" });
            Assert.Contains("Enter a number of days from 1 to 3650.", await bad.Content.ReadAsStringAsync());
        }
        var old = await AddAsync("AC-100104", "cdr-old.csv");
        var recent = await AddAsync("AC-100104", "cdr-recent.csv");
        await using var scope = ReportsKit.Scope(portal);
        var db = scope.ServiceProvider.GetRequiredService<ReportsDbContext>();
        var cutoff = DateTime.UtcNow.AddDays(-31);
        await db.Downloads.Where(d => d.Id == old).ExecuteUpdateAsync(u => u.SetProperty(d => d.CreatedAt, cutoff));
        await scope.ServiceProvider.GetRequiredService<DownloadsRetentionJob>().ExecuteAsync(
            new TenantJobContext("accelecom", "downloads-retention", DateTimeOffset.UtcNow, null, new Dictionary<string, string>()), CancellationToken.None);
        var left = await db.Downloads.AsNoTracking().Where(d => d.Id == old || d.Id == recent).Select(d => d.Id).ToListAsync();
        Assert.Equal([recent], left);
    }
}

public sealed class DownloadsOnSqlite(SqlitePortal portal) : DownloadsTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class DownloadsOnPostgres(PostgresPortal portal) : DownloadsTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
