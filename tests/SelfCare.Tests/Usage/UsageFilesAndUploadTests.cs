using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Downloads;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using SelfCare.Usage.Data;
using SelfCare.Usage.Jobs;

namespace SelfCare.Tests.Usage;

/// <summary>
/// The monthly CDR file per account and billed month (through a Downloads double: key, name, rows, once only) and the staff
/// CSV upload (line-numbered errors, nothing half-imported, customers refused).
/// </summary>
public sealed class UsageFilesAndUploadTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Each_billed_month_of_each_account_becomes_one_csv_file_once()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var lastMonth = new DateOnly(now.Year, now.Month, 1).AddMonths(-1);
        var start = $"{lastMonth:yyyy-MM}-10T15:00:00Z";
        using var api = ApiCalls.Client(portal, "accelecom", await ApiCalls.CreateKeyAsync(portal, "accelecom", ["Usage:write"]));
        var rows = new List<object>
        {
            CdrRows.Row($"{_run}-1", "AC-200201", start: start), CdrRows.Row($"{_run}-2", "AC-200201", start: start),
            // This month is not billed yet: no file.
            CdrRows.Row($"{_run}-3", "AC-200201", start: DateTimeOffset.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ")),
        };
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("api/v1/cdrs", CdrRows.Json(rows))).StatusCode);

        var shelf = new RecordingDownloads();
        await using var scope = await ApiCalls.SystemScopeAsync(portal, "accelecom");
        var job = ActivatorUtilities.CreateInstance<MonthlyCdrFileJob>(scope.ServiceProvider, (IAccountDownloads)shelf);
        Assert.True(await job.WriteDueFilesAsync(CancellationToken.None) >= 1);
        var account = (await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().IdsByNumberAsync(CancellationToken.None))["AC-200201"];
        var file = shelf.ByKey[$"{account}|cdr:{account}:{lastMonth:yyyy-MM}"];
        Assert.Equal($"CDR-AC-200201-{lastMonth:yyyy-MM}.csv", file.Download.FileName);
        Assert.Equal(account, file.Download.AccountId);
        var lines = Encoding.UTF8.GetString(file.Bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\uFEFFDate/time,Account,", lines[0]);
        Assert.Equal(2, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",AC-200201,", l));
        Assert.DoesNotContain(shelf.ByKey.Keys, k => k.EndsWith($"{now:yyyy-MM}", StringComparison.Ordinal));

        // A second firing writes nothing; the record names the shelf's file.
        var count = shelf.ByKey.Count;
        Assert.Equal(0, await job.WriteDueFilesAsync(CancellationToken.None));
        Assert.Equal(count, shelf.ByKey.Count);
        var recorded = await scope.ServiceProvider.GetRequiredService<UsageDbContext>().MonthlyFiles
            .SingleAsync(f => f.AccountId == account && f.BillingCycle == lastMonth);
        Assert.Equal(file.Id, recorded.DownloadId);
        Assert.Equal(2, recorded.Rows);
    }

    [Fact]
    public async Task The_real_job_puts_the_file_on_the_accounts_downloads_tab_only()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var lastMonth = new DateOnly(now.Year, now.Month, 1).AddMonths(-1);
        using var api = ApiCalls.Client(portal, "accelecom", await ApiCalls.CreateKeyAsync(portal, "accelecom", ["Usage:write"]));
        var row = CdrRows.Row($"{_run}-d1", "AC-100104", start: $"{lastMonth:yyyy-MM}-12T15:00:00Z");
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("api/v1/cdrs", CdrRows.Json([row]))).StatusCode);
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, "accelecom"))
            await scope.ServiceProvider.GetRequiredService<MonthlyCdrFileJob>().WriteDueFilesAsync(CancellationToken.None);

        var name = $"CDR-AC-100104-{lastMonth:yyyy-MM}.csv";
        using var bluegrass = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        Assert.Contains(name, await bluegrass.GetStringAsync("downloads"));
        using var lexington = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.LexingtonUser, portal.DemoPassword);
        Assert.DoesNotContain(name, await lexington.GetStringAsync("downloads"));
        using var derby = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.DerbyAdmin, portal.DemoPassword);
        Assert.DoesNotContain(name, await derby.GetStringAsync("downloads"));
    }

    [Fact]
    public async Task Staff_upload_a_csv_with_line_numbered_errors_and_nothing_is_half_imported()
    {
        using var staff = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomStaff, portal.DemoPassword);
        var bad = $"{CdrRows.CsvHeader}\n{CdrRows.CsvLine($"{_run}-u0", "AC-100102")}\n{CdrRows.CsvLine($"{_run}-u1", "AC-100102", amount: "abc")}\n" +
            $"{CdrRows.CsvLine($"{_run}-u2", "AC-100102", start: "31/12/2026")}\n";
        var refused = await (await UsagePages.UploadAsync(staff, "calls.csv", bad)).Content.ReadAsStringAsync();
        Assert.Contains("nothing was imported", refused);
        Assert.Contains("Line 3 (amount): The amount &#x27;abc&#x27; is not a number", refused);
        Assert.Contains("Line 4 (start)", refused);
        Assert.Equal(0, await CountAsync($"{_run}-u"));

        var good = $"{CdrRows.CsvHeader}\r\n{CdrRows.CsvLine($"{_run}-u0", "AC-100102")}\r\n{CdrRows.CsvLine($"{_run}-u1", "AC-100103")}\r\n";
        Assert.Contains("Imported 2 of 2 row(s)", await (await UsagePages.UploadAsync(staff, "calls.csv", good)).Content.ReadAsStringAsync());
        Assert.Contains("Imported 0 of 2 row(s); 2 were already there", await (await UsagePages.UploadAsync(staff, "calls.csv", good)).Content.ReadAsStringAsync());
        Assert.Equal(2, await CountAsync($"{_run}-u"));

        // Not a CSV by its bytes: refused by the file store before any import.
        var binary = await (await UsagePages.UploadAsync(staff, "calls.csv", "\0\u0001PK binary")).Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\"", binary);
        Assert.DoesNotContain("Imported", binary);

        using var customer = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.BluegrassAdmin, portal.DemoPassword);
        var denied = await customer.GetAsync("usage/upload");
        Assert.True(denied.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{denied.StatusCode}");
        Assert.DoesNotContain("Upload CDRs", await customer.GetStringAsync("usage"));
    }

    private async Task<int> CountAsync(string prefix)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, "accelecom");
        return await scope.ServiceProvider.GetRequiredService<UsageDbContext>().CallDetails.CountAsync(c => c.ExternalId.StartsWith(prefix));
    }
}
