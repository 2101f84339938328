using System.Net;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>
/// A Run Report past the on-screen limit continues by itself as a background Excel run with the same parameters: the user
/// lands on its progress page, told why, and the file ends in Downloads; a reload joins the same run.
/// </summary>
public abstract class AutoBackgroundRunTests<TPortal>(TPortal portal) where TPortal : LimitedRunPortal
{
    private const string Run = "reports/run/sample.accounts";

    [Fact]
    public async Task A_run_over_the_limit_switches_to_the_background_and_lands_in_downloads()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var response = await admin.GetAsync($"{Run}?run=true&c.kind=child");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var progress = response.Headers.Location!.OriginalString;
        Assert.Matches("/accelecom/reports/progress/[0-9a-f-]{36}\\?auto=True", progress);
        // A reload (or a second click) joins the run instead of starting another.
        Assert.Equal(progress, (await admin.GetAsync($"{Run}?run=true&c.kind=child")).Headers.Location!.OriginalString);

        var url = progress.Replace("/accelecom/", "");
        var page = await admin.GetStringAsync(url);
        Assert.Contains($"more than {LimitedRunPortal.RowLimit} rows", page);
        Assert.Contains("continues here in the background as an Excel file", page);
        for (var i = 0; i < 60 && !page.Contains("Done:"); i++)
        {
            await Task.Delay(500);
            page = await admin.GetStringAsync(url);
        }
        Assert.Contains("Done: 4 rows", page); // AC-100101..AC-100104, the same parameters as the run
        Assert.Contains("sample-accounts-", await admin.GetStringAsync("downloads"));
        // Someone else cannot follow the run.
        using var derby = await ReportsKit.AsAsync(portal, Demo.DerbyAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await derby.GetAsync(url)).StatusCode);

        // Within the limit the run shows on screen as before.
        using var lexington = await ReportsKit.AsAsync(portal, Demo.LexingtonUser);
        Assert.Contains("<strong>2</strong> rows", await lexington.GetStringAsync($"{Run}?run=true"));
    }
}

public sealed class AutoBackgroundRunOnSqlite(LimitedRunSqlitePortal portal) : AutoBackgroundRunTests<LimitedRunSqlitePortal>(portal), IClassFixture<LimitedRunSqlitePortal>;

public sealed class AutoBackgroundRunOnPostgres(LimitedRunPostgresPortal portal) : AutoBackgroundRunTests<LimitedRunPostgresPortal>(portal), IClassFixture<LimitedRunPostgresPortal>;
