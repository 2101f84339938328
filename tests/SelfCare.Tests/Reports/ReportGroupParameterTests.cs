using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>
/// "Account or group": a Manage Hierarchy group as a report's account parameter gives the rows of the accounts placed in it
/// and its subgroups, within the caller's scope, on Run Report, exports and schedules; a group the caller does not see,
/// an unknown or a malformed one is a clear error.
/// </summary>
public abstract class ReportGroupParameterTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Run = "reports/run/sample.accounts";

    /// <summary>
    /// Bluegrass (AC-100100) groups: "East" holds AC-100101, its subgroup "East / Lexington" holds AC-100103 (with
    /// <paramref name="members"/>; an account is in one group per owner, so only one test places them).
    /// </summary>
    private async Task<(Guid East, Guid Lexington)> GroupsAsync(bool members)
    {
        var owner = await ReportsKit.AccountIdAsync(portal, "AC-100100");
        var a101 = await ReportsKit.AccountIdAsync(portal, "AC-100101");
        var a103 = await ReportsKit.AccountIdAsync(portal, "AC-100103");
        await using var scope = ReportsKit.Scope(portal);
        var groups = scope.ServiceProvider.GetRequiredService<IAccountGroupProvisioning>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var east = await groups.CreateGroupAsync(new NewAccountGroup(owner, "East " + suffix, null, members ? [a101] : []), CancellationToken.None);
        var lexington = await groups.CreateGroupAsync(new NewAccountGroup(owner, "Lexington " + suffix, east, members ? [a103] : []), CancellationToken.None);
        return (east, lexington);
    }

    [Fact]
    public async Task A_group_gives_the_rows_of_its_and_its_subgroups_accounts()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        var (east, lexingtonGroup) = await GroupsAsync(members: true);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        Assert.Contains($"value=\"group:{east}\"", await admin.GetStringAsync(Run));

        var page = await admin.GetStringAsync($"{Run}?run=true&account=group:{east}");
        Assert.Contains("<strong>2</strong> rows", page);
        Assert.Contains("AC-100101</td>", page);
        Assert.Contains("AC-100103</td>", page);
        Assert.DoesNotContain("AC-100102</td>", page);
        Assert.DoesNotContain("AC-100100</td>", page);

        var csv = await (await admin.GetAsync($"{Run}?handler=Export&format=csv&account=group:{lexingtonGroup}")).Content.ReadAsStringAsync();
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // header + AC-100103
        Assert.Contains("AC-100103", csv);

        // A schedule may take the group too; its form offers it and keeps it.
        var schedule = await admin.PostFormAsync("reports/scheduleedit?report=sample.accounts", new Dictionary<string, string>
        {
            ["Input.Name"] = "East group", ["Input.Range"] = "last-7-days", ["Input.Format"] = "Csv", ["Input.Frequency"] = "Daily",
            ["Input.Time"] = "08:00", ["Input.IncludeMe"] = "true", ["Input.Account"] = $"group:{east}",
        });
        Assert.Equal(HttpStatusCode.Redirect, schedule.StatusCode);
        var id = schedule.Headers.Location!.OriginalString.Split('/').Last();
        Assert.Contains($"value=\"group:{east}\" selected=\"selected\"", await admin.GetStringAsync($"reports/scheduleedit?id={id}"));

        // Staff see the group as well.
        using var staff = await ReportsKit.AsAsync(portal, Demo.AccelecomStaff);
        Assert.Contains("<strong>2</strong> rows", await staff.GetStringAsync($"{Run}?run=true&account=group:{east}"));
    }

    [Fact]
    public async Task A_group_outside_the_scope_unknown_or_malformed_is_a_clear_error()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        var (east, _) = await GroupsAsync(members: false);
        using var derby = await ReportsKit.AsAsync(portal, Demo.DerbyAdmin);
        Assert.DoesNotContain($"group:{east}", await derby.GetStringAsync(Run));
        // The Lexington user sees AC-100103 but not the owner's (AC-100100) groups, like on Manage Hierarchy.
        using var lexington = await ReportsKit.AsAsync(portal, Demo.LexingtonUser);
        foreach (var (client, value) in new[] { (derby, $"group:{east}"), (lexington, $"group:{east}"), (derby, $"group:{Guid.NewGuid()}"), (derby, "group:oops") })
        {
            foreach (var url in new[] { $"{Run}?run=true&account={value}", $"{Run}?handler=Export&format=csv&account={value}" })
            {
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.Contains("Choose one of your account groups from the list.", body);
                Assert.DoesNotContain("AC-100101", body);
            }
        }
        var scheduled = await derby.PostFormAsync("reports/scheduleedit?report=sample.accounts", new Dictionary<string, string>
        {
            ["Input.Name"] = "Not mine", ["Input.Range"] = "last-7-days", ["Input.Format"] = "Csv", ["Input.Frequency"] = "Daily",
            ["Input.Time"] = "08:00", ["Input.IncludeMe"] = "true", ["Input.Account"] = $"group:{east}",
        });
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        Assert.Contains("Choose one of your account groups from the list.", await scheduled.Content.ReadAsStringAsync());
    }
}

public sealed class ReportGroupParameterOnSqlite(SqlitePortal portal) : ReportGroupParameterTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ReportGroupParameterOnPostgres(PostgresPortal portal) : ReportGroupParameterTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
