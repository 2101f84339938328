using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Billing;

/// <summary>Looks for card numbers and security codes where they must never be: database, logs, outbox files.</summary>
internal static partial class PaymentsDataScan
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRun();

    /// <summary>
    /// Digit runs that look like a card: 13 to 19 digits passing Luhn, with a card network's prefix and length (a raw
    /// database page juxtaposes neighbouring values, so a bare Luhn test would flag digits of two columns). Unix times in
    /// milliseconds (the jobs tables keep them, 13 digits) are left out. The test numbers used are also looked for verbatim.
    /// </summary>
    public static IEnumerable<string> CardNumbers(string text) =>
        DigitRun().Matches(text).Select(m => m.Value)
            .Where(v => v.Length is >= 13 and <= 19 && CardNumber.PassesLuhn(v) && !IsUnixMilliseconds(v)
                && CardNumber.BrandOf(v) is var brand && brand != CardBrand.Unknown && CardNumber.LengthFits(brand, v.Length));

    private static bool IsUnixMilliseconds(string v) => v.Length == 13 && long.Parse(v) is >= 946_684_800_000 and < 4_102_444_800_000;

    /// <summary>Whether <paramref name="digits"/> appears on its own (not inside a longer number, a hex id or base64).</summary>
    public static bool HasStandalone(string text, string digits) => Regex.IsMatch(text, $@"(?<![0-9A-Za-z+/=]){digits}(?![0-9A-Za-z+/=])");

    /// <summary>The files a deployment writes for the tenant: its database files (SQLite), mail drop, and every log.</summary>
    public static IEnumerable<(string Path, string Text)> Files(PortalFactory portal, string tenant)
    {
        var roots = new[] { Path.Combine(portal.DataRoot, "tenants", tenant), Path.Combine(portal.DataRoot, "mail", tenant) };
        var files = roots.Where(Directory.Exists).SelectMany(r => Directory.EnumerateFiles(r, "*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(portal.DataRoot, "*.log", SearchOption.AllDirectories)).Distinct();
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (file, Encoding.Latin1.GetString(copy.ToArray()));
        }
    }

    /// <summary>Every text value of every table of the tenant's billing database (a dump through SQL, for PostgreSQL and SQLite alike).</summary>
    public static async Task<List<(string Table, string Value)>> TextValuesAsync(PortalFactory portal, string tenant)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, tenant);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        var catalog = portal.UsesPostgres
            ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')"
            // Text columns only, as on PostgreSQL: integer columns (cents, random totals stamps) are not where text is stored and
            // a random 64-bit stamp passes Luhn one time in ten.
            : "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND upper(p.type) IN ('TEXT', '')";
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = catalog;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        var values = new List<(string, string)>();
        foreach (var (table, column) in columns)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                if (!reader.IsDBNull(0))
                    values.Add((table, reader.GetString(0)));
            }
        }
        return values;
    }
}
