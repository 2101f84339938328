using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Host.Identity;
using SelfCare.Platform.Security;
using SelfCare.Reports.Data;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Reports;

/// <summary>
/// Changing a schedule: its owner, a customer admin of its account or staff change every setting, pause, resume and delete
/// it, and the next run follows; a customer user who only sees it gets 403, another account's users 404. Portal users as
/// recipients: only active users of the owner's accounts are offered; one receives at their current address and stops
/// when deactivated.
/// </summary>
public abstract class ScheduleEditTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string NewForm = "reports/scheduleedit?report=sample.accounts";
    private const string AnyForm = "reports/run/sample.accounts";

    private static Dictionary<string, string> Fields(string name, params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Range"] = "last-7-days", ["Input.Format"] = "Csv", ["Input.Frequency"] = "Weekly",
            ["Input.DayOfWeek"] = "1", ["Input.Time"] = "08:00", ["Input.IncludeMe"] = "true", ["Input.Recipients"] = "",
        };
        foreach (var (key, value) in extra)
            fields[key] = value;
        return fields;
    }

    private static async Task<Guid> CreateAsync(PortalClient client, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(NewForm, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    private async Task<ReportSchedule> LoadAsync(Guid id)
    {
        await using var scope = ReportsKit.Scope(portal);
        return await scope.ServiceProvider.GetRequiredService<ReportsDbContext>().Schedules.AsNoTracking().Include(s => s.Recipients)
            .IgnoreQueryFilters().SingleAsync(s => s.Id == id);
    }

    /// <summary>A new customer user linked to <paramref name="accountNumber"/> (the demo users stay as they are for other tests).</summary>
    private async Task<(string Id, string Email)> NewUserAsync(string accountNumber)
    {
        var account = await ReportsKit.AccountIdAsync(portal, accountNumber);
        await using var scope = ReportsKit.Scope(portal);
        var email = $"reader-{Guid.NewGuid():N}@bluegrasshealth.example";
        var user = new PortalUser { UserName = email, Email = email, DisplayName = "Report Reader", EmailConfirmed = true };
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True((await users.CreateAsync(user, portal.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PortalRoles.CustomerUser)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<TenantPlatformDbContext>();
        db.AccountLinks.Add(new UserAccountLink { UserId = user.Id, AccountId = account });
        await db.SaveChangesAsync();
        return (user.Id, email);
    }

    private async Task ChangeUserAsync(string id, Action<PortalUser> change)
    {
        await using var scope = ReportsKit.Scope(portal);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(id))!;
        change(user);
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }

    private static async Task RunNowAsync(PortalClient client, Guid id) =>
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.PostFormAsync($"reports/schedule/{id}", new Dictionary<string, string>(), $"reports/schedule/{id}?handler=RunNow")).StatusCode);

    [Fact]
    public async Task The_owner_changes_every_setting_and_the_next_run_follows_then_pauses_resumes_and_deletes()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var id = await CreateAsync(admin, Fields("Weekly to change", ("Input.Recipients", "first@example.org\nstays@example.org")));
        var before = await LoadAsync(id);
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTimeFromUtc(before.NextRunAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DayOfWeek);

        var form = await admin.GetStringAsync($"reports/scheduleedit?id={id}");
        Assert.Contains("Change Weekly to change", form);
        Assert.Contains("stays@example.org", form);
        var child = await ReportsKit.AccountIdAsync(portal, "AC-100102");
        var saved = await admin.PostFormAsync($"reports/scheduleedit?id={id}", Fields("Monthly changed",
            ("Input.Range", "last-month"), ("Input.Format", "Xlsx"), ("Input.Frequency", "Monthly"), ("Input.DayOfMonth", "15"),
            ("Input.Time", "17:30"), ("Input.Account", child.ToString()), ("Input.Choices[kind]", "child"),
            ("Input.Recipients", "stays@example.org\nnew@example.org"), ("Input.Message", "Changed message.")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/accelecom/reports/schedule/{id}", saved.Headers.Location!.OriginalString);

        var after = await LoadAsync(id);
        Assert.Equal("Monthly changed", after.Name);
        Assert.Equal(ReportFormat.Xlsx, after.Format);
        Assert.Equal(ScheduleFrequency.Monthly, after.Frequency);
        Assert.Equal(17 * 60 + 30, after.TimeOfDayMinutes);
        Assert.Equal("Changed message.", after.Message);
        Assert.Contains(child.ToString(), after.ParametersJson);
        Assert.Contains("\"kind\":\"child\"", after.ParametersJson);
        var local = TimeZoneInfo.ConvertTimeFromUtc(after.NextRunAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal((15, 17, 30), (local.Day, local.Hour, local.Minute));
        Assert.Equal([Demo.BluegrassAdmin, "new@example.org", "stays@example.org"], after.Recipients.Select(r => r.Address).Order(StringComparer.Ordinal));
        // The kept address keeps its row (an unsubscribe would stay in force); the removed one is gone.
        Assert.Equal(before.Recipients.Single(r => r.Address == "stays@example.org").Id, after.Recipients.Single(r => r.Address == "stays@example.org").Id);
        Assert.Contains("Monthly on day 15 at 17:30", await admin.GetStringAsync($"reports/schedule/{id}"));

        // The run uses the changed parameters: the child account only.
        await RunNowAsync(admin, id);
        Assert.Single(await ReportsKit.MailAsync(portal, "new@example.org", "scheduled-report"));
        Assert.Empty(await ReportsKit.MailAsync(portal, "first@example.org", "scheduled-report"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("reports/schedules",
            new Dictionary<string, string> { ["scheduleId"] = id.ToString() }, "reports/schedules?handler=Toggle")).StatusCode);
        Assert.False((await LoadAsync(id)).Active);
        Assert.Contains("Paused", await admin.GetStringAsync($"reports/schedule/{id}"));
        await admin.PostFormAsync("reports/schedules", new Dictionary<string, string> { ["scheduleId"] = id.ToString() }, "reports/schedules?handler=Toggle");
        var resumed = await LoadAsync(id);
        Assert.True(resumed.Active);
        Assert.True(resumed.NextRunAt > DateTime.UtcNow);
        await admin.PostFormAsync("reports/schedules", new Dictionary<string, string> { ["scheduleId"] = id.ToString() }, "reports/schedules?handler=Delete");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"reports/schedule/{id}")).StatusCode);
    }

    [Fact]
    public async Task Staff_may_change_any_schedule_a_customer_user_who_sees_one_gets_403_and_another_account_404()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);
        var bluegrass = await CreateAsync(admin, Fields("Bluegrass weekly"));
        using var staff = await ReportsKit.AsAsync(portal, Demo.AccelecomStaff);
        Assert.Contains("Change Bluegrass weekly", await staff.GetStringAsync($"reports/scheduleedit?id={bluegrass}"));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"reports/scheduleedit?id={bluegrass}",
            Fields("Bluegrass weekly (staff)", ("Input.IncludeMe", "false"), ("Input.Recipients", "billing@example.org")))).StatusCode);
        var changed = await LoadAsync(bluegrass);
        Assert.Equal("Bluegrass weekly (staff)", changed.Name);
        Assert.Equal(await ReportsKit.UserIdAsync(portal, Demo.BluegrassAdmin), changed.OwnerUserId); // the owner stays

        // A schedule of AC-100102, which the Lexington user sees but may not change.
        var child = await ReportsKit.AccountIdAsync(portal, "AC-100102");
        var childSchedule = await CreateAsync(staff, Fields("Lexington weekly", ("Input.Account", child.ToString())));
        using var lexington = await ReportsKit.AsAsync(portal, Demo.LexingtonUser);
        Assert.Contains("Lexington weekly", await lexington.GetStringAsync($"reports/schedule/{childSchedule}"));
        Assert.DoesNotContain("Change this schedule", await lexington.GetStringAsync($"reports/schedule/{childSchedule}"));
        Assert.Equal(HttpStatusCode.Redirect, (await lexington.GetAsync($"reports/scheduleedit?id={childSchedule}")).StatusCode); // to access denied
        var post = await lexington.PostFormAsync(AnyForm, Fields("Taken over"), $"reports/scheduleedit?id={childSchedule}");
        Assert.Contains("denied", post.Headers.Location!.OriginalString);
        var toggle = await lexington.PostFormAsync(AnyForm, new Dictionary<string, string> { ["scheduleId"] = childSchedule.ToString() }, "reports/schedules?handler=Toggle");
        Assert.Contains("denied", toggle.Headers.Location!.OriginalString);
        Assert.True((await LoadAsync(childSchedule)).Active);

        // Another account's users: 404 everywhere, nothing changed.
        using var derby = await ReportsKit.AsAsync(portal, Demo.DerbyAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await derby.GetAsync($"reports/scheduleedit?id={bluegrass}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await derby.PostFormAsync(AnyForm, Fields("Taken over"), $"reports/scheduleedit?id={bluegrass}")).StatusCode);
        foreach (var handler in new[] { "Toggle", "Delete" })
            Assert.Equal(HttpStatusCode.NotFound, (await derby.PostFormAsync(AnyForm,
                new Dictionary<string, string> { ["scheduleId"] = bluegrass.ToString() }, $"reports/schedules?handler={handler}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"reports/scheduleedit?id={bluegrass}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"reports/scheduleedit?id={Guid.NewGuid()}")).StatusCode);
        var unchanged = await LoadAsync(bluegrass);
        Assert.Equal("Bluegrass weekly (staff)", unchanged.Name);
        Assert.True(unchanged.Active);
    }

    [Fact]
    public async Task A_user_recipient_receives_at_their_current_address_and_stops_when_deactivated()
    {
        await ReportsKit.EnableSampleReportsAsync(portal);
        var reader = await NewUserAsync("AC-100103");
        var derbyUser = await ReportsKit.UserIdAsync(portal, Demo.DerbyAdmin);
        var retired = await NewUserAsync("AC-100101");
        await ChangeUserAsync(retired.Id, u => u.IsActive = false);
        using var admin = await ReportsKit.AsAsync(portal, Demo.BluegrassAdmin);

        // Offered: active users of the admin's accounts (the Lexington user, the new reader); not Derby's, not deactivated ones.
        var form = await admin.GetStringAsync(NewForm);
        Assert.Contains(reader.Email, form);
        Assert.Contains(Demo.LexingtonUser, form);
        Assert.DoesNotContain(Demo.DerbyAdmin, form);
        Assert.DoesNotContain(retired.Email, form);
        foreach (var refused in new[] { derbyUser, retired.Id, "no-such-user" })
        {
            var response = await admin.PostFormAsync(NewForm, Fields("Refused", ("Input.Users[0]", refused)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Choose recipients among the listed users.", await response.Content.ReadAsStringAsync());
        }

        var id = await CreateAsync(admin, Fields("To the reader", ("Input.IncludeMe", "false"), ("Input.Users[0]", reader.Id)));
        var recipient = Assert.Single((await LoadAsync(id)).Recipients);
        Assert.Equal((reader.Id, reader.Email), (recipient.UserId, recipient.Address));
        await RunNowAsync(admin, id);
        Assert.Single(await ReportsKit.MailAsync(portal, reader.Email, "scheduled-report"));

        var moved = $"moved-{Guid.NewGuid():N}@bluegrasshealth.example";
        await ChangeUserAsync(reader.Id, u => u.Email = moved);
        await RunNowAsync(admin, id);
        Assert.Single(await ReportsKit.MailAsync(portal, moved, "scheduled-report"));
        Assert.Single(await ReportsKit.MailAsync(portal, reader.Email, "scheduled-report"));

        await ChangeUserAsync(reader.Id, u => u.IsActive = false);
        await RunNowAsync(admin, id);
        Assert.Single(await ReportsKit.MailAsync(portal, moved, "scheduled-report"));
        Assert.Contains("deactivated: not receiving", await admin.GetStringAsync($"reports/schedule/{id}"));
        // Kept on the form (ticked, marked), so a reactivated user receives again.
        var edit = await admin.GetStringAsync($"reports/scheduleedit?id={id}");
        Assert.Contains("deactivated: not receiving", edit);
        await ChangeUserAsync(reader.Id, u => u.IsActive = true);
        await RunNowAsync(admin, id);
        Assert.Equal(2, (await ReportsKit.MailAsync(portal, moved, "scheduled-report")).Count);
    }
}

public sealed class ScheduleEditOnSqlite(SqlitePortal portal) : ScheduleEditTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ScheduleEditOnPostgres(PostgresPortal portal) : ScheduleEditTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
