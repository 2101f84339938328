using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Security;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Data;
using SelfCare.Platform.Tenancy;
using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.Security;

/// <summary>
/// The account scope's SQL: staff and customers get different models (no filter / <c>AccountId IN (...)</c>), so the
/// same query, alternated in one process between the two, must still return exactly each caller's rows (no compiled
/// query shared across them), and a customer's ticket list must be served from an AccountId index on SQLite.
/// </summary>
public abstract class AccountScopeSqlTests<TPortal>(TPortal portal, ITestOutputHelper output) where TPortal : PortalFactory
{
    private static readonly Type TicketsContext = Type.GetType("SelfCare.Tickets.Data.TicketsDbContext, SelfCare.Tickets", true)!;

    private TenantInfo Tenant()
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find("accelecom")!;
        portal.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None).GetAwaiter().GetResult();
        return tenant;
    }

    private AsyncServiceScope StaffScope() => portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(Tenant());

    private AsyncServiceScope CustomerScope(params Guid[] accounts)
    {
        var scope = portal.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant());
        scope.ServiceProvider.GetRequiredService<AccountScope>().Limit(accounts, accounts);
        return scope;
    }

    private static ModuleDbContext Tickets(AsyncServiceScope scope) => (ModuleDbContext)scope.ServiceProvider.GetRequiredService(TicketsContext);

    /// <summary>The customer list's shape: newest first, one page.</summary>
    private static IQueryable<IAccountOwned> List(ModuleDbContext db) =>
        ((IQueryable<IAccountOwned>)TicketsContext.GetProperty("Tickets")!.GetValue(db)!)
            .OrderByDescending(t => EF.Property<long>(t, "Number")).Take(500);

    private static async Task<List<Guid>> ListedAccountsAsync(AsyncServiceScope scope) =>
        (await List(Tickets(scope)).AsNoTracking().ToListAsync()).Select(t => t.AccountId).ToList();

    [Fact]
    public async Task Alternating_staff_and_customer_on_the_same_query_returns_each_ones_rows()
    {
        List<Guid> all;
        await using (var staff = StaffScope())
            all = await ListedAccountsAsync(staff);
        var accounts = all.Distinct().ToList();
        Assert.True(accounts.Count >= 2, "the demo tenant has tickets on several accounts");

        for (var round = 0; round < 3; round++)
        {
            foreach (var account in accounts)
            {
                await using (var customer = CustomerScope(account))
                {
                    var rows = await ListedAccountsAsync(customer);
                    Assert.All(rows, a => Assert.Equal(account, a));
                    Assert.Equal(all.Count(a => a == account), rows.Count);
                }
                await using (var staff = StaffScope())
                    Assert.Equal(all, await ListedAccountsAsync(staff));
                await using (var nobody = CustomerScope())
                    Assert.Empty(await ListedAccountsAsync(nobody));
            }
        }
    }

    [Fact]
    public async Task A_scope_granted_after_the_first_query_keeps_the_customer_model_and_fails_closed()
    {
        await using var scope = CustomerScope();
        var db = Tickets(scope);
        Assert.Empty(await List(db).AsNoTracking().ToListAsync());
        scope.ServiceProvider.GetRequiredService<AccountScope>().GrantAll();
        Assert.Empty(await List(db).AsNoTracking().ToListAsync());
    }

    /// <summary>The customer's SQL and its plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL).</summary>
    protected async Task<(string Sql, string Plan)> CustomerPlanAsync()
    {
        List<Guid> all;
        await using (var staff = StaffScope())
            all = await ListedAccountsAsync(staff);
        await using var customer = CustomerScope([.. all.Distinct().Take(2)]);
        var db = Tickets(customer);
        await using var command = List(db).CreateDbCommand();
        var explain = portal.UsesPostgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
        var sql = command.CommandText;
        command.CommandText = explain + sql;
        await command.Connection!.OpenAsync();
        try
        {
            var plan = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(reader.FieldCount - 1));
            return (sql, string.Join('\n', plan));
        }
        finally
        {
            await command.Connection.CloseAsync();
        }
    }

    [Fact]
    public async Task The_customer_query_is_a_plain_account_id_list()
    {
        var (sql, plan) = await CustomerPlanAsync();
        output.WriteLine($"{(portal.UsesPostgres ? "PostgreSQL" : "SQLite")} customer list:\n{sql}\nPLAN:\n{plan}");
        Assert.Contains(portal.UsesPostgres ? "\"AccountId\" = ANY (" : "\"AccountId\" IN (", sql);
        Assert.DoesNotContain(" OR ", sql);
    }
}

public sealed class AccountScopeSqlOnSqlite(SqlitePortal portal, ITestOutputHelper output)
    : AccountScopeSqlTests<SqlitePortal>(portal, output), IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task The_customer_ticket_list_is_served_from_an_account_index()
    {
        var (_, plan) = await CustomerPlanAsync();
        Assert.Matches("USING (COVERING )?INDEX IX_tickets_AccountId", plan);
    }
}

public sealed class AccountScopeSqlOnPostgres(PostgresPortal portal, ITestOutputHelper output)
    : AccountScopeSqlTests<PostgresPortal>(portal, output), IClassFixture<PostgresPortal>;
