using System.Globalization;
using System.Text;

namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>
/// Direct writes to the tenant's SQLite database with the <c>sqlite3</c> command, only while the host is stopped,
/// for what the integration API cannot do (give a demo account an external id) or does not offer yet. Column
/// lists follow the modules' migrations; values are stored as EF Core stores them (upper-case GUID text,
/// ISO dates, decimals as text).
/// </summary>
internal static class SqliteEdits
{
    public static string TenantDatabase(string dataRoot, string tenant) => Path.Combine(dataRoot, "tenants", tenant, "tenant.db");

    public static Task SetAccountExternalIdAsync(string database, string number, string externalId) =>
        ExecuteAsync(database, $"UPDATE accounts SET ExternalId = {Text(externalId)} WHERE Number = {Text(number)};", expectChanges: 1);

    public static Task InsertServicesAsync(string database, IEnumerable<ServiceSeed> services)
    {
        var sql = new StringBuilder("BEGIN;\n");
        var now = Text(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
        foreach (var s in services)
        {
            var id = NewId();
            sql.Append(CultureInfo.InvariantCulture,
                $"INSERT INTO services (Id, ServiceId, AccountId, Location, Description, Status, CreatedAt, ExternalId) VALUES ({id}, {Text(s.ServiceId)}, " +
                $"(SELECT Id FROM accounts WHERE ExternalId = {Text(s.AccountExternalId)}), {Text(s.Location)}, {Text(s.Description)}, {Text(s.Status)}, {now}, {Text(s.ExternalId)});\n");
            foreach (var (p, position) in s.Products.Select((p, i) => (p, i)))
                sql.Append(CultureInfo.InvariantCulture,
                    $"INSERT INTO service_products (Id, ServiceRowId, Product, Quantity, UnitPrice, Currency, Recurring, Position) VALUES " +
                    $"({NewId()}, {id}, {Text(p.Product)}, {p.Quantity}, {Money(p.UnitPrice)}, 'USD', {(p.Recurring ? 1 : 0)}, {position});\n");
        }
        sql.Append("COMMIT;\n");
        return ExecuteAsync(database, sql.ToString(), expectChanges: null);
    }

    /// <summary>Each order with its one service line and the "Order created" history row, as the Orders module writes them.</summary>
    public static Task InsertOrdersAsync(string database, IEnumerable<OrderSeed> orders)
    {
        var sql = new StringBuilder("BEGIN;\n");
        var now = Text(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
        foreach (var o in orders)
        {
            var id = NewId();
            sql.Append(CultureInfo.InvariantCulture,
                $"INSERT INTO orders (Id, Number, ExternalId, AccountId, Status, OrderType, Description, RequestedDate, ActivationDate, Street1, City, Region, Country, CreatedAt, CreatedBy) " +
                $"VALUES ({id}, {Text(o.Number)}, {Text(o.ExternalId)}, (SELECT Id FROM accounts WHERE ExternalId = {Text(o.AccountExternalId)}), {Text(o.Status)}, 'Install', " +
                $"{Text(o.Description)}, {Day(o.Requested)}, {Day(o.Activation)}, {Text(o.Street)}, {Text(o.City)}, {Text(o.Region)}, 'US', {now}, {Text(Author)});\n" +
                $"INSERT INTO order_lines (Id, OrderRowId, Service, Quantity, UnitPrice, Currency, Recurring, Position) VALUES " +
                $"({NewId()}, {id}, {Text(o.Service)}, 1, {Money(o.UnitPrice)}, 'USD', {(o.Recurring ? 1 : 0)}, 0);\n" +
                $"INSERT INTO order_history (Id, OrderRowId, FromStatus, ToStatus, ChangedBy, At, Comment) VALUES " +
                $"({NewId()}, {id}, NULL, {Text(o.Status)}, {Text(Author)}, {now}, 'Order created');\n");
        }
        sql.Append("COMMIT;\n");
        return ExecuteAsync(database, sql.ToString(), expectChanges: null);
    }

    /// <summary>Whether the tenant database has the table (its module is in the build and migrated).</summary>
    public static async Task<bool> HasTableAsync(string database, string table)
    {
        var (code, output) = await ChildProcesses.RunAsync("sqlite3", Path.GetDirectoryName(database)!, TimeSpan.FromSeconds(30),
            database, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = {Text(table)};");
        return code == 0 ? output.Trim() == "1" : throw new InvalidOperationException($"sqlite3 failed ({code}): {output}");
    }

    /// <summary>Descendant accounts, services and orders (null without an orders table) in the tree under <paramref name="number"/>.</summary>
    public static async Task<TreeCounts> CountTreeAsync(string database, string number)
    {
        var orders = await HasTableAsync(database, "orders");
        var sql = $"WITH RECURSIVE tree(Id) AS (SELECT Id FROM accounts WHERE Number = {Text(number)} " +
                  "UNION ALL SELECT a.Id FROM accounts a JOIN tree t ON a.ParentId = t.Id) " +
                  "SELECT (SELECT count(*) - 1 FROM tree) || ' ' || (SELECT count(*) FROM services WHERE AccountId IN tree) || ' ' || " +
                  (orders ? "(SELECT count(*) FROM orders WHERE AccountId IN tree)" : "'-'") + ";";
        var (code, output) = await ChildProcesses.RunAsync("sqlite3", Path.GetDirectoryName(database)!, TimeSpan.FromSeconds(30), database, sql);
        var parts = output.Trim().Split(' ');
        if (code != 0 || parts.Length != 3)
            throw new InvalidOperationException($"sqlite3 failed ({code}): {output}");
        return new TreeCounts(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
            orders ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null);
    }

    private const string Author = "Account details benchmark";

    private static async Task ExecuteAsync(string database, string sql, int? expectChanges)
    {
        if (!File.Exists(database))
            throw new FileNotFoundException("No tenant database.", database);
        var script = Path.Combine(Path.GetDirectoryName(database)!, $"bench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(script, sql + "SELECT total_changes();\n");
        try
        {
            var (code, output) = await ChildProcesses.RunAsync("sqlite3", Path.GetDirectoryName(database)!, TimeSpan.FromMinutes(2),
                "-bail", database, $".read {script}");
            if (code != 0)
                throw new InvalidOperationException($"sqlite3 failed ({code}): {output}");
            if (expectChanges is { } n && output.Trim() != n.ToString(CultureInfo.InvariantCulture))
                throw new InvalidOperationException($"sqlite3 changed {output.Trim()} rows, expected {n}.");
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string NewId() => $"'{Guid.NewGuid().ToString().ToUpperInvariant()}'";

    private static string Money(decimal value) => $"'{value.ToString("0.0###", CultureInfo.InvariantCulture)}'";

    private static string Day(DateOnly day) => $"'{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";

    private static string Text(string value) => $"'{value.Replace("'", "''")}'";
}
