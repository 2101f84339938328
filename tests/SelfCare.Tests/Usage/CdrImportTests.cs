using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using SelfCare.Usage.Data;

namespace SelfCare.Tests.Usage;

/// <summary>
/// POST /api/v1/cdrs on SQLite and PostgreSQL: JSON and CSV batches, idempotent by row id, all or nothing with the bad
/// rows listed by index or line, limits (rows, media type, scope).
/// </summary>
public abstract class CdrImportTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpClient> ClientAsync(string scope = "Usage:write") =>
        ApiCalls.Client(portal, "accelecom", await ApiCalls.CreateKeyAsync(portal, "accelecom", [scope]));

    private async Task<int> CountAsync(string idPrefix)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, "accelecom");
        var db = scope.ServiceProvider.GetRequiredService<UsageDbContext>();
        return await db.CallDetails.CountAsync(c => c.ExternalId.StartsWith(idPrefix));
    }

    [Fact]
    public async Task A_json_batch_is_imported_once_and_a_retry_adds_nothing()
    {
        using var api = await ClientAsync();
        var rows = Enumerable.Range(0, 50).Select(i => (object)CdrRows.Row($"{_run}-j{i}", i % 2 == 0 ? "AC-100102" : "AC-100103")).ToList();

        var first = await ApiCalls.JsonAsync(await api.PostAsync("api/v1/cdrs", CdrRows.Json(rows)), HttpStatusCode.OK);
        Assert.Equal(50, first.GetProperty("received").GetInt64());
        Assert.Equal(50, first.GetProperty("imported").GetInt64());

        var retry = await ApiCalls.JsonAsync(await api.PostAsync("api/v1/cdrs", CdrRows.Json(rows)), HttpStatusCode.OK);
        Assert.Equal(0, retry.GetProperty("imported").GetInt64());
        Assert.Equal(50, retry.GetProperty("duplicates").GetInt64());
        Assert.Equal(50, await CountAsync($"{_run}-j"));

        await using var scope = await ApiCalls.SystemScopeAsync(portal, "accelecom");
        var row = await scope.ServiceProvider.GetRequiredService<UsageDbContext>().CallDetails.SingleAsync(c => c.ExternalId == $"{_run}-j0");
        Assert.Equal(new DateTime(2026, 10, 5, 14, 30, 0, DateTimeKind.Utc), row.StartedAt);
        Assert.Equal(0.0375m, row.Amount);
        Assert.Equal(125, row.DurationSeconds);
        Assert.Equal(CallDirection.Outbound, row.Direction);
        Assert.Equal(new DateOnly(2026, 10, 1), row.BillingCycle);
    }

    [Fact]
    public async Task Bad_rows_are_listed_by_index_and_nothing_of_the_batch_is_imported()
    {
        using var api = await ClientAsync();
        var rows = new List<object>
        {
            CdrRows.Row($"{_run}-b0", "AC-100102"),
            CdrRows.Row($"{_run}-b1", "AC-100102", start: "yesterday"),
            CdrRows.Row($"{_run}-b2", "AC-999999", direction: "Sideways"),
            CdrRows.Row($"{_run}-b3", "AC-100102", duration: -5, amount: 1.23456m),
        };
        var problem = await ApiCalls.ProblemAsync(await api.PostAsync("api/v1/cdrs", CdrRows.Json(rows)), HttpStatusCode.BadRequest);
        Assert.Contains("nothing was imported", problem.GetProperty("title").GetString());
        Assert.Contains("not a date and time", ApiCalls.FieldErrors(problem, "rows[1].start"));
        Assert.Contains("AC-999999", ApiCalls.FieldErrors(problem, "rows[2].account"));
        Assert.Contains("Inbound or Outbound", ApiCalls.FieldErrors(problem, "rows[2].direction"));
        Assert.Contains("whole seconds", ApiCalls.FieldErrors(problem, "rows[3].durationSeconds"));
        Assert.Contains("4 decimals", ApiCalls.FieldErrors(problem, "rows[3].amount"));
        Assert.False(problem.GetProperty("errors").TryGetProperty("rows[0].start", out _));
        Assert.Equal(0, await CountAsync($"{_run}-b"));

        // Broken JSON mid-stream and an unknown field: 400 naming the row, nothing kept of the rows before it.
        var broken = new StringContent($"[{System.Text.Json.JsonSerializer.Serialize(CdrRows.Row($"{_run}-c0", "AC-100102"))}, {{\"id\": ", Encoding.UTF8, "application/json");
        var p2 = await ApiCalls.ProblemAsync(await api.PostAsync("api/v1/cdrs", broken), HttpStatusCode.BadRequest);
        Assert.Contains("rows[1]", p2.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var unknown = new StringContent($"[{{\"id\": \"{_run}-c1\", \"colour\": \"red\"}}]", Encoding.UTF8, "application/json");
        var p3 = await ApiCalls.ProblemAsync(await api.PostAsync("api/v1/cdrs", unknown), HttpStatusCode.BadRequest);
        Assert.Contains("not one of", ApiCalls.FieldErrors(p3, "rows[0]"));
        var notArray = new StringContent("{\"id\": 1}", Encoding.UTF8, "application/json");
        await ApiCalls.ProblemAsync(await api.PostAsync("api/v1/cdrs", notArray), HttpStatusCode.BadRequest);
        Assert.Equal(0, await CountAsync($"{_run}-c"));
    }

    [Fact]
    public async Task A_csv_batch_is_imported_and_bad_lines_are_named_by_line_number()
    {
        using var api = await ClientAsync();
        var good = $"{CdrRows.CsvHeader}\r\n{CdrRows.CsvLine($"{_run}-v0", "AC-100103")}\r\n{CdrRows.CsvLine($"{_run}-v1", "AC-100102")}\r\n";
        var ok = await ApiCalls.JsonAsync(await api.PostAsync("api/v1/cdrs", CdrRows.Csv(good)), HttpStatusCode.OK);
        Assert.Equal(2, ok.GetProperty("imported").GetInt64());

        var bad = $"{CdrRows.CsvHeader}\n{CdrRows.CsvLine($"{_run}-w0", "AC-100103")}\n{CdrRows.CsvLine($"{_run}-w1", "AC-100102", amount: "1,5")}\n" +
            $"{CdrRows.CsvLine($"{_run}-w2", "AC-100102", start: "2026-13-45 10:00:00")}\n";
        var problem = await ApiCalls.ProblemAsync(await api.PostAsync("api/v1/cdrs", CdrRows.Csv(bad)), HttpStatusCode.BadRequest);
        Assert.Contains("fields", ApiCalls.FieldErrors(problem, "line 3"));
        Assert.Contains("not a date and time", ApiCalls.FieldErrors(problem, "line 4.start"));
        Assert.Equal(0, await CountAsync($"{_run}-w"));

        var header = await ApiCalls.ProblemAsync(await api.PostAsync("api/v1/cdrs", CdrRows.Csv("id,when,colour\n1,2,3\n")), HttpStatusCode.BadRequest);
        Assert.Contains("Unknown column 'when'", ApiCalls.FieldErrors(header, "line 1"));
        var unclosed = await ApiCalls.ProblemAsync(await api.PostAsync("api/v1/cdrs",
            CdrRows.Csv($"{CdrRows.CsvHeader}\n\"{new string('x', 5000)}")), HttpStatusCode.BadRequest);
        Assert.Contains("longer than", ApiCalls.FieldErrors(unclosed, "line 2"));
    }

    [Fact]
    public async Task Limits_media_type_and_scope_are_enforced()
    {
        using var api = await ClientAsync();
        var text = await api.PostAsync("api/v1/cdrs", new StringContent("hello", Encoding.UTF8, "text/plain"));
        await ApiCalls.ProblemAsync(text, HttpStatusCode.UnsupportedMediaType);

        var csv = new StringBuilder(CdrRows.CsvHeader).Append('\n');
        for (var i = 0; i <= 100_000; i++)
            csv.Append(CdrRows.CsvLine($"{_run}-m{i}", "AC-100102")).Append('\n');
        var tooMany = await ApiCalls.ProblemAsync(await api.PostAsync("api/v1/cdrs", CdrRows.Csv(csv.ToString())), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("100,000", tooMany.GetProperty("detail").GetString());
        Assert.Equal(0, await CountAsync($"{_run}-m"));

        using var reader = await ClientAsync("Usage:read");
        var denied = await reader.PostAsync("api/v1/cdrs", CdrRows.Json([CdrRows.Row($"{_run}-r0", "AC-100102")]));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(0, await CountAsync($"{_run}-r"));
    }
}

public sealed class CdrImportOnSqlite(SqlitePortal portal) : CdrImportTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class CdrImportOnPostgres(PostgresPortal portal) : CdrImportTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
