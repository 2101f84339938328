using System.Globalization;
using System.Text;

namespace SelfCare.Benchmarks.Reports;

/// <summary>Schedules written straight into a tenant's SQLite database (sqlite3), all due at one instant, one recipient each.</summary>
internal static class ScheduleSeeding
{
    public static string Database(string dataRoot, string tenant) => Path.Combine(dataRoot, "tenants", tenant, "tenant.db");

    public static async Task<string> OwnerIdAsync(string database, string email) =>
        await QueryAsync(database, $"SELECT Id FROM AspNetUsers WHERE NormalizedEmail = {Text(email.ToUpperInvariant())};") is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException($"No user {email} in {database}.");

    /// <summary>Inserts <paramref name="count"/> daily CSV schedules of <paramref name="report"/> due at <paramref name="dueUtc"/>.</summary>
    public static Task InsertAsync(string database, string tenant, string owner, string ownerEmail, string report, int count, DateTime dueUtc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(dueUtc, zone);
        var minutes = local.Hour * 60 + local.Minute;
        var due = Text(dueUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        var sql = new StringBuilder("BEGIN;");
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid().ToString().ToUpperInvariant();
            sql.Append(CultureInfo.InvariantCulture,
                $"INSERT INTO report_schedules (Id, AccountId, OwnerUserId, OwnerEmail, Name, DefinitionId, ParametersJson, Format, Frequency, TimeOfDayMinutes, Active, NextRunAt, FailedAttempts, CreatedAt) " +
                $"VALUES ({Text(id)}, '00000000-0000-0000-0000-000000000000', {Text(owner)}, {Text(ownerEmail)}, 'Benchmark {i}', {Text(report)}, " +
                $"'{{\"Range\":\"last-month\",\"Account\":null,\"Choices\":{{}}}}', 'Csv', 'Daily', {minutes}, 1, {due}, 0, {due});");
            sql.Append(CultureInfo.InvariantCulture,
                $"INSERT INTO report_schedule_recipients (Id, ScheduleId, Address) VALUES ({Text(Guid.NewGuid().ToString().ToUpperInvariant())}, {Text(id)}, 'bench-{tenant}-{i}@example.org');");
        }
        sql.Append("COMMIT;");
        return QueryAsync(database, sql.ToString());
    }

    /// <summary>The outbox's first and last benchmark email (UTC) and how many there are.</summary>
    public static async Task<(DateTime? First, DateTime? Last, int Count)> OutboxAsync(string database)
    {
        var row = (await QueryAsync(database, "SELECT min(CreatedAt) || '|' || max(CreatedAt) || '|' || count(*) FROM email_outbox WHERE ToAddress LIKE 'bench-%';")).Split('|');
        return (Parse(row[0]), Parse(row[1]), int.Parse(row[2], CultureInfo.InvariantCulture));
    }

    private static DateTime? Parse(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static async Task<string> QueryAsync(string database, string sql)
    {
        var (code, output) = await ChildProcesses.RunAsync("sqlite3", Path.GetDirectoryName(database)!, TimeSpan.FromSeconds(60),
            "-bail", "-cmd", ".timeout 10000", database, sql);
        return code == 0 ? output.Trim() : throw new InvalidOperationException($"sqlite3 failed ({code}): {output}");
    }

    private static string Text(string value) => $"'{value.Replace("'", "''")}'";
}
