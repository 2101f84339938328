using System.Diagnostics;
using System.Globalization;

namespace SelfCare.Benchmarks.Tickets;

/// <summary>
/// Bulk tickets through <c>sqlite3</c> while the host is stopped (100,000 form posts would take the whole run): spread over the
/// tenant's accounts, a status mix like a live help desk (35% active), a third of them unassigned, one journal entry each.
/// Timestamps are copied from a demo ticket so they are stored in exactly the format EF Core writes.
/// </summary>
internal static class TicketSeeding
{
    public const long FirstNumber = 200_001;

    public static async Task<double> SeedAsync(string database, int count, string staff, string contact)
    {
        var clock = Stopwatch.StartNew();
        const string guid = "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))";
        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            BEGIN;
            CREATE TEMP TABLE acc AS SELECT Id, row_number() OVER (ORDER BY Number) - 1 AS i FROM accounts;
            WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < {count - 1})
            INSERT INTO tickets (Id, Number, ExternalId, AccountId, Category, Priority, Status, Subject, Description, AboutKind, AboutId, AboutTitle,
                AssignedTo, ContactEmail, ContactName, CreatedAt, CreatedBy, UpdatedAt)
            SELECT {guid}, {FirstNumber} + x, NULL, (SELECT Id FROM acc WHERE i = x % (SELECT count(*) FROM acc)),
                CASE x % 4 WHEN 0 THEN 'Technical' WHEN 1 THEN 'Billing' WHEN 2 THEN 'Sales' ELSE 'ServiceRequest' END,
                CASE x % 7 WHEN 0 THEN 'Urgent' WHEN 1 THEN 'High' WHEN 2 THEN 'Low' ELSE 'Normal' END,
                CASE WHEN x % 20 < 2 THEN 'New' WHEN x % 20 < 5 THEN 'Open' WHEN x % 20 < 7 THEN 'WaitingOnClient' WHEN x % 20 < 13 THEN 'Resolved' ELSE 'Closed' END,
                'Benchmark ticket ' || x || ': line ' || (x % 997) || ' has no dial tone', 'Generated for the tickets benchmark.', 'account', NULL, NULL,
                CASE WHEN x % 3 = 0 THEN NULL ELSE '{staff}' END, '{contact}', '{contact}', t.CreatedAt, 'benchmark', t.UpdatedAt
            FROM n, (SELECT CreatedAt, UpdatedAt FROM tickets ORDER BY Number LIMIT 1) t;
            INSERT INTO ticket_journal (Id, TicketRowId, Sequence, Kind, Text, FromStatus, ToStatus, FileId, FileName, FileSize, Author, ByCustomer, At,
                IdempotencyKey, ExternalId)
            SELECT {guid}, Id, 1, 'StatusChange', 'Ticket opened', NULL, 'New', NULL, NULL, NULL, 'benchmark', 1, CreatedAt, NULL, NULL
            FROM tickets WHERE Number >= {FirstNumber};
            COMMIT;
            SELECT count(*) FROM tickets;
            """);
        var (code, output) = await ChildProcesses.RunAsync("sqlite3", Path.GetDirectoryName(database)!, TimeSpan.FromMinutes(10), "-bail", database, sql);
        if (code != 0)
            throw new InvalidOperationException($"sqlite3 failed ({code}): {output}");
        return clock.Elapsed.TotalSeconds;
    }

    public static async Task<int> CountAsync(string database)
    {
        var (code, output) = await ChildProcesses.RunAsync("sqlite3", Path.GetDirectoryName(database)!, TimeSpan.FromMinutes(1), database, "SELECT count(*) FROM tickets;");
        return code == 0 ? int.Parse(output.Trim(), CultureInfo.InvariantCulture) : throw new InvalidOperationException(output);
    }
}
