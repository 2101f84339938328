using System.Globalization;

namespace SelfCare.Benchmarks.AccountDetails;

/// <summary>
/// The tenant's SQLite database through the <c>sqlite3</c> command, only while the host is stopped: counts of the
/// customer's tree, and the one thing the integration API cannot do (give a demo account an external id).
/// </summary>
internal static class SqliteEdits
{
    public static string TenantDatabase(string dataRoot, string tenant) => Path.Combine(dataRoot, "tenants", tenant, "tenant.db");

    public static async Task SetAccountExternalIdAsync(string database, string number, string externalId)
    {
        var changed = await QueryAsync(database,
            $"UPDATE accounts SET ExternalId = {Text(externalId)} WHERE Number = {Text(number)}; SELECT changes();");
        if (changed != "1")
            throw new InvalidOperationException($"No account {number} to give the external id (sqlite3 changed {changed} rows).");
    }

    /// <summary>Descendant accounts, services and orders (null without an orders table) in the tree under <paramref name="number"/>.</summary>
    public static async Task<TreeCounts> CountTreeAsync(string database, string number)
    {
        var orders = await QueryAsync(database, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'orders';") == "1";
        var counts = (await QueryAsync(database,
            $"WITH RECURSIVE tree(Id) AS (SELECT Id FROM accounts WHERE Number = {Text(number)} " +
            "UNION ALL SELECT a.Id FROM accounts a JOIN tree t ON a.ParentId = t.Id) " +
            "SELECT (SELECT count(*) - 1 FROM tree) || ' ' || (SELECT count(*) FROM services WHERE AccountId IN tree) || ' ' || " +
            (orders ? "(SELECT count(*) FROM orders WHERE AccountId IN tree);" : "'-';"))).Split(' ');
        int Count(int i) => int.Parse(counts[i], CultureInfo.InvariantCulture);
        return new TreeCounts(Count(0), Count(1), orders ? Count(2) : null);
    }

    private static async Task<string> QueryAsync(string database, string sql)
    {
        if (!File.Exists(database))
            throw new FileNotFoundException("No tenant database.", database);
        var (code, output) = await ChildProcesses.RunAsync("sqlite3", Path.GetDirectoryName(database)!, TimeSpan.FromSeconds(60), "-bail", database, sql);
        return code == 0 ? output.Trim() : throw new InvalidOperationException($"sqlite3 failed ({code}): {output}");
    }

    private static string Text(string value) => $"'{value.Replace("'", "''")}'";
}
