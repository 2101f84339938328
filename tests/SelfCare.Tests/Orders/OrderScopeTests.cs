using System.Net;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Orders;

/// <summary>
/// Each customer sees only their hierarchy's orders in the list, counts, calendar, export, filters and details;
/// a child account's user never reaches the parent's or a sibling's orders. On SQLite and PostgreSQL.
/// </summary>
public abstract class OrderScopeTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    // The demo orders of AC-100102 (Lexington Clinic) and its child AC-100103, newest number first as listed.
    private static readonly string[] Lexington = ["AO-24024", "AO-24013", "AO-24012", "AO-24011", "AO-24010", "AO-24009"];
    private static readonly string[] Derby = ["AO-24022", "AO-24021", "AO-24020", "AO-24019", "AO-24018", "AO-24017"];

    private Task<PortalClient> LoginAsync(string email) => portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    /// <summary>The demo's activation dates are offsets from the tenant's calendar day (America/New_York).</summary>
    private static DateOnly TenantToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime);

    [Fact]
    public async Task Each_customer_lists_exactly_the_orders_of_their_hierarchy()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        Assert.Equal(Lexington, await OrderPages.Numbers(lexington, "?q=AO-240"));
        Assert.Equal(Lexington, await OrderPages.CsvNumbers(lexington, "?q=AO-240"));
        Assert.Equal(Lexington, await OrderPages.ExcelNumbers(lexington, "?q=AO-240"));

        using var derby = await LoginAsync(Demo.DerbyAdmin);
        Assert.Equal(Derby, await OrderPages.Numbers(derby, "?q=AO-240"));

        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        var all = await OrderPages.Numbers(bluegrass, "?q=AO-240");
        Assert.Equal(18, all.Count);
        Assert.Subset(all.ToHashSet(), Lexington.ToHashSet());
        Assert.Empty(all.Intersect(Derby));

        using var staff = await LoginAsync(Demo.AccelecomStaff);
        Assert.Superset(Lexington.Concat(Derby).ToHashSet(), (await OrderPages.Numbers(staff, "?q=AO-240")).ToHashSet());
    }

    [Fact]
    public async Task A_child_user_never_reaches_the_parents_or_a_siblings_orders()
    {
        using var staff = await LoginAsync(Demo.AccelecomStaff);
        var parentOrder = await OrderPages.IdOf(staff, "AO-24001");
        var siblingOrder = await OrderPages.IdOf(staff, "AO-24006");
        var otherCustomer = await OrderPages.IdOf(staff, "AO-24017");

        using var lexington = await LoginAsync(Demo.LexingtonUser);
        foreach (var id in new[] { parentOrder, siblingOrder, otherCustomer })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"orders/details/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"orders/details/{id}?handler=Download&attachment={Guid.NewGuid()}")).StatusCode);
        }
        Assert.Empty(await OrderPages.Numbers(lexington, "?q=AO-24001"));
        Assert.Empty(await OrderPages.CsvNumbers(lexington, "?q=AO-24006"));

        // Naming the parent account in the filter is refused rather than widening the scope.
        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        var accounts = await ServicePages.AccountIds(bluegrass);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"orders?account={accounts["AC-100100"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"orders?account={accounts["AC-100101"]}&handler=Csv")).StatusCode);
    }

    [Fact]
    public async Task Filters_by_account_with_children_status_and_activation_dates_and_exports_the_same_rows()
    {
        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        var accounts = await ServicePages.AccountIds(bluegrass);

        var clinic = $"?q=AO-240&account={accounts["AC-100102"]}";
        Assert.Equal(Lexington, await OrderPages.Numbers(bluegrass, clinic));
        Assert.Equal(Lexington, await OrderPages.CsvNumbers(bluegrass, clinic));

        var sent = await OrderPages.Numbers(bluegrass, "?q=AO-240&status=Sent");
        Assert.Equal(["AO-24016", "AO-24010", "AO-24007", "AO-24003"], sent);
        Assert.Equal(sent, await OrderPages.CsvNumbers(bluegrass, "?q=AO-240&status=Sent"));
        Assert.Equal(sent, await OrderPages.ExcelNumbers(bluegrass, "?q=AO-240&status=Sent"));

        var today = TenantToday();
        var window = $"?q=AO-240&account={accounts["AC-100102"]}&from={OrderPages.Iso(today)}&to={OrderPages.Iso(today.AddDays(13))}";
        Assert.Equal(["AO-24012", "AO-24011", "AO-24010"], await OrderPages.Numbers(bluegrass, window));
        Assert.Equal(["AO-24012", "AO-24011", "AO-24010"], await OrderPages.CsvNumbers(bluegrass, window));
    }

    [Fact]
    public async Task Status_counts_and_calendar_count_only_visible_orders()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var page = await lexington.GetStringAsync("orders");
        Assert.Matches("class=\"status-sent\"[^>]*>Sent <strong>1</strong>", page);
        Assert.Matches("class=\"status-hold\"[^>]*>Hold <strong>1</strong>", page);
        Assert.Matches("class=\"status-error\"[^>]*>Error <strong>1</strong>", page);

        var day = TenantToday().AddDays(6);
        var calendar = await lexington.GetStringAsync($"orders?month={day:yyyy-MM}");
        Assert.Contains($"1 order(s) activating {OrderPages.Iso(day)}", calendar);
        Assert.Contains(day.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), calendar);
    }
}

public sealed class OrderScopeOnSqlite(SqlitePortal portal) : OrderScopeTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class OrderScopeOnPostgres(PostgresPortal portal) : OrderScopeTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
