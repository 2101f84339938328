using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCare.Host.Summary;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Tenancy;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Tickets;

namespace SelfCare.Tests.Summary;

/// <summary>
/// The Summary boxes are served again only while the tenant's database is unchanged: the data version moves with any commit
/// (from any connection) and never with reads, and a box shows a write on the very next visit, per user and scope.
/// </summary>
public abstract partial class SummaryFragmentTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private TenantInfo Tenant(string id)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(id)!;
        portal.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None).GetAwaiter().GetResult();
        return tenant;
    }

    private async Task CommitElsewhereAsync(TenantInfo tenant)
    {
        const string sql = "CREATE TABLE IF NOT EXISTS version_probe (n integer); INSERT INTO version_probe VALUES (1)";
        if (tenant.Database.Provider == DatabaseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(tenant.Database.ConnectionString);
            await sqlite.OpenAsync();
            await using var command = new SqliteCommand(sql, sqlite);
            await command.ExecuteNonQueryAsync();
            return;
        }
        await using var pg = new NpgsqlConnection(tenant.Database.ConnectionString);
        await pg.OpenAsync();
        await using var insert = new NpgsqlCommand(sql, pg);
        await insert.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_data_version_moves_with_every_commit_and_not_with_reads()
    {
        var tenant = Tenant("calltower");
        var versions = portal.Services.GetRequiredService<TenantDataVersion>();
        using var reader = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.CallTowerAdmin, portal.DemoPassword);
        await reader.GetStringAsync(""); // signing in writes (the sign-in log); pages after it only read
        var before = await versions.CurrentAsync(tenant, CancellationToken.None);
        await reader.GetStringAsync("services");
        await reader.GetStringAsync("");
        var afterReads = await versions.CurrentAsync(tenant, CancellationToken.None);
        await CommitElsewhereAsync(tenant);
        var afterWrite = await versions.CurrentAsync(tenant, CancellationToken.None);
        Assert.NotEqual(afterReads, afterWrite);
        await CommitElsewhereAsync(tenant);
        Assert.NotEqual(afterWrite, await versions.CurrentAsync(tenant, CancellationToken.None));
        if (tenant.Database.Provider == DatabaseProvider.Sqlite)
            Assert.Equal(before, afterReads); // PostgreSQL's snapshot also moves with other tenants' writes: only "changed" is promised.
    }

    [Fact]
    public async Task A_box_shows_a_write_on_the_next_visit_and_each_user_their_own_scope()
    {
        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        using var bluegrass = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var first = OpenTickets(await lexington.GetStringAsync(""));
        Assert.Equal(first, OpenTickets(await lexington.GetStringAsync("")));
        var parentFirst = OpenTickets(await bluegrass.GetStringAsync(""));
        Assert.True(parentFirst >= first, "the parent's admin sees the child's tickets too");

        await TicketPages.CreateAsync(lexington, "AC-100102", "Summary box freshness");
        Assert.Equal(first + 1, OpenTickets(await lexington.GetStringAsync("")));
        Assert.Equal(parentFirst + 1, OpenTickets(await bluegrass.GetStringAsync("")));

        await TicketPages.CreateAsync(bluegrass, "AC-100100", "Parent-only ticket");
        Assert.Equal(first + 1, OpenTickets(await lexington.GetStringAsync("")));
        Assert.Equal(parentFirst + 2, OpenTickets(await bluegrass.GetStringAsync("")));
    }

    private static int OpenTickets(string summary) => int.Parse(OpenTicketCount().Match(summary).Groups[1].Value);

    [GeneratedRegex("<strong>(\\d+)</strong> open ticket\\(s\\)")]
    private static partial Regex OpenTicketCount();
}

public sealed class SummaryFragmentsOnSqlite(SqlitePortal portal) : SummaryFragmentTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class SummaryFragmentsOnPostgres(PostgresPortal portal) : SummaryFragmentTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
