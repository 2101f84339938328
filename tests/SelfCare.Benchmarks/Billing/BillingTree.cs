using System.Globalization;

namespace SelfCare.Benchmarks.Billing;

/// <summary>What Derby City's tree holds in the billing tables, read with <c>sqlite3</c> while the host is stopped.</summary>
internal sealed record BillingTree(int Children, IReadOnlyDictionary<string, int> InvoicesByChild, int Invoices, int Payments)
{
    public static async Task<BillingTree> ReadAsync(string database, string parentNumber)
    {
        var tree = $"WITH RECURSIVE tree(Id, Number, Depth) AS (SELECT Id, Number, 0 FROM accounts WHERE Number = '{parentNumber}' " +
                   "UNION ALL SELECT a.Id, a.Number, t.Depth + 1 FROM accounts a JOIN tree t ON a.ParentId = t.Id) ";
        var perChild = (await QueryAsync(database, tree +
                "SELECT t.Number || ' ' || (SELECT count(*) FROM invoices i WHERE i.AccountId = t.Id) FROM tree t WHERE t.Depth > 0 ORDER BY t.Number;"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var totals = (await QueryAsync(database, tree +
                "SELECT (SELECT count(*) FROM invoices WHERE AccountId IN (SELECT Id FROM tree)) || ' ' || " +
                "(SELECT count(*) FROM payments WHERE AccountId IN (SELECT Id FROM tree));")).Split(' ');
        return new BillingTree(perChild.Count, perChild, int.Parse(totals[0], CultureInfo.InvariantCulture), int.Parse(totals[1], CultureInfo.InvariantCulture));
    }

    private static async Task<string> QueryAsync(string database, string sql)
    {
        var (code, output) = await ChildProcesses.RunAsync("sqlite3", Path.GetDirectoryName(database)!, TimeSpan.FromSeconds(60), "-bail", database, sql);
        return code == 0 ? output.Trim() : throw new InvalidOperationException($"sqlite3 failed ({code}): {output}");
    }
}
