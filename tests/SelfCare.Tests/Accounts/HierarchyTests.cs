using System.Net;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Accounts;

/// <summary>
/// Manage Hierarchy on the CallTower demo: Northwind's groups by region (nested), totals per group, editing by customer
/// admins and staff, read-only customer users, and the account scope (a regional admin never sees or changes the parent's
/// groups). Tests that change groups work on owners no other test reads (Summit Legal, South Central region).
/// </summary>
public abstract class HierarchyTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Tenant = "calltower";
    private const string WestAdmin = "west@northwind.example";
    private const string NortheastUser = "northeast@northwind.example";
    private const string SummitAdmin = "office@summitlegal.example";
    private const string Staff = "support@calltower.example";

    private async Task<PortalClient> As(string email) =>
        await portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(email, portal.DemoPassword);

    private static int Services(params string[] accounts) => DemoFigures.Services(Tenant, accounts);

    [Fact]
    public async Task The_parent_admin_sees_demo_groups_with_totals_including_subgroups_and_an_ungrouped_row()
    {
        using var admin = await As(Demo.NorthwindAdmin);
        var html = await admin.GetStringAsync("accounts/hierarchy");
        var totals = HierarchyPages.Totals(html);

        string[] newEngland = ["CT-5002", "CT-5003", "CT-5010", "CT-5011", "CT-5014"];
        string[] midAtlantic = ["CT-5012", "CT-5013"];
        string[] southeast = ["CT-5005", "CT-5015", "CT-5016", "CT-5017", "CT-5018"];
        Assert.Equal((5, Services(newEngland)), totals["East Coast / New England"]);
        Assert.Equal((2, Services(midAtlantic)), totals["East Coast / Mid-Atlantic"]);
        Assert.Equal((12, Services([.. newEngland, .. midAtlantic, .. southeast])), totals["East Coast"]);
        Assert.Equal((5, Services("CT-5023", "CT-5024", "CT-5025", "CT-5026", "CT-5027")), totals["West"]);
        Assert.Equal((3, Services("CT-5028", "CT-5029", "CT-5030")), totals["Texas and Plains"]);
        // The group and its regional offices are in no group.
        Assert.Equal((6, Services("CT-5000", "CT-5001", "CT-5004", "CT-5006", "CT-5007", "CT-5008")), totals["Ungrouped"]);
        var northwind = DemoFigures.Subtree(Tenant, "CT-5000");
        Assert.Equal(30, northwind.Count);
        Assert.Equal((30, DemoFigures.Services(Tenant, northwind)), HierarchyPages.Total(html));
        Assert.DoesNotContain("Pacific Northwest", html); // the West region's own grouping is another owner's

        // The parent's admin may open the regional admin's grouping too (it is inside their scope).
        var ids = await ServicePages.AccountIds(admin);
        Assert.Contains("Pacific Northwest", await admin.GetStringAsync("accounts/hierarchy?owner=" + ids["CT-5007"]));
    }

    [Fact]
    public async Task A_customer_admin_creates_nests_renames_assigns_and_deletes_groups_and_cycles_are_refused()
    {
        using var summit = await As(SummitAdmin);
        var owner = "?owner=" + (await ServicePages.AccountIds(summit))["CT-7000"];
        Assert.Equal(HttpStatusCode.Redirect, (await HierarchyPages.Post(summit, "Create", new() { ["GroupName"] = "Colorado" }, owner)).StatusCode);
        var ids = HierarchyPages.GroupIds(await summit.GetStringAsync("accounts/hierarchy" + owner));
        Assert.Equal(HttpStatusCode.Redirect, (await HierarchyPages.Post(summit, "Create",
            new() { ["GroupName"] = "Denver Metro", ["ParentGroupId"] = ids["Colorado"] }, owner)).StatusCode);
        ids = HierarchyPages.GroupIds(await summit.GetStringAsync("accounts/hierarchy" + owner));
        var accountId = (await ServicePages.AccountIds(summit))["CT-7000"];
        Assert.Equal(HttpStatusCode.Redirect, (await HierarchyPages.Post(summit, "Assign",
            new() { [$"Assign[{accountId}]"] = ids["Denver Metro"] }, owner)).StatusCode);

        var html = await summit.GetStringAsync("accounts/hierarchy" + owner);
        var totals = HierarchyPages.Totals(html);
        Assert.Equal((1, Services("CT-7000")), totals["Colorado"]);
        Assert.Equal((1, Services("CT-7000")), totals["Colorado / Denver Metro"]);
        Assert.Equal((0, 0), totals["Ungrouped"]);

        // Putting a group inside its own subgroup is refused with a message; nothing changes.
        var cycle = await HierarchyPages.Post(summit, "Update",
            new() { ["GroupName"] = "Colorado", ["ParentGroupId"] = ids["Denver Metro"] }, "?groupId=" + ids["Colorado"]);
        Assert.Equal(HttpStatusCode.OK, cycle.StatusCode);
        Assert.Contains("cannot be placed inside itself or one of its own subgroups", await cycle.Content.ReadAsStringAsync());
        var self = await HierarchyPages.Post(summit, "Update",
            new() { ["GroupName"] = "Colorado", ["ParentGroupId"] = ids["Colorado"] }, "?groupId=" + ids["Colorado"]);
        Assert.Contains("cannot be placed inside itself", await self.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await HierarchyPages.Post(summit, "Update",
            new() { ["GroupName"] = "  Denver  ", ["ParentGroupId"] = ids["Colorado"] }, "?groupId=" + ids["Denver Metro"])).StatusCode);
        totals = HierarchyPages.Totals(await summit.GetStringAsync("accounts/hierarchy" + owner));
        Assert.True(totals.ContainsKey("Colorado / Denver"));

        // Deleting a group moves its subgroups (with their accounts) up a level.
        Assert.Equal(HttpStatusCode.Redirect, (await HierarchyPages.Post(summit, "Delete", new(), "?groupId=" + ids["Colorado"])).StatusCode);
        totals = HierarchyPages.Totals(await summit.GetStringAsync("accounts/hierarchy" + owner));
        Assert.Equal(["Denver", "Ungrouped"], totals.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((1, Services("CT-7000")), totals["Denver"]);

        // Unassigning makes the account ungrouped again.
        Assert.Equal(HttpStatusCode.Redirect, (await HierarchyPages.Post(summit, "Assign", new() { [$"Assign[{accountId}]"] = "" }, owner)).StatusCode);
        totals = HierarchyPages.Totals(await summit.GetStringAsync("accounts/hierarchy" + owner));
        Assert.Equal((0, 0), totals["Denver"]);
        Assert.Equal((1, Services("CT-7000")), totals["Ungrouped"]);
    }

    [Theory]
    [InlineData("", "Enter a name for the group.")]
    [InlineData("   ", "Enter a name for the group.")]
    [InlineData("Line\nbreak", "cannot contain line breaks")]
    [InlineData("East Coast", "There is already a group named")]
    [InlineData("east coast", "There is already a group named")]
    public async Task An_invalid_group_name_is_refused_with_a_message_and_nothing_is_saved(string name, string message)
    {
        using var admin = await As(Demo.NorthwindAdmin);
        var before = HierarchyPages.Totals(await admin.GetStringAsync("accounts/hierarchy")).Keys.ToList();
        var response = await HierarchyPages.Post(admin, "Create", new() { ["GroupName"] = name });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, HierarchyPages.Totals(await admin.GetStringAsync("accounts/hierarchy")).Keys.ToList());
    }

    [Fact]
    public async Task A_name_over_100_characters_and_an_unknown_parent_group_are_refused()
    {
        using var admin = await As(Demo.NorthwindAdmin);
        var tooLong = await HierarchyPages.Post(admin, "Create", new() { ["GroupName"] = new string('x', 101) });
        Assert.Contains("at most 100 characters", await tooLong.Content.ReadAsStringAsync());
        var unknownParent = await HierarchyPages.Post(admin, "Create", new() { ["GroupName"] = "Orphan", ["ParentGroupId"] = Guid.NewGuid().ToString() });
        Assert.Contains("Choose a parent group from the list.", await unknownParent.Content.ReadAsStringAsync());
        var notAnId = await HierarchyPages.Post(admin, "Create", new() { ["GroupName"] = "Orphan", ["ParentGroupId"] = "not-an-id" });
        Assert.Equal(HttpStatusCode.OK, notAnId.StatusCode);
        Assert.Contains("Choose a parent group from the list.", await notAnId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await HierarchyPages.Post(admin, "Assign", new() { ["Assign[" + Guid.NewGuid() + "]"] = "not-an-id" })).StatusCode);
        Assert.DoesNotContain("Orphan", await admin.GetStringAsync("accounts/hierarchy"));
    }

    [Fact]
    public async Task A_regional_admin_sees_only_their_own_groups_and_cannot_touch_the_parents_or_group_sibling_accounts()
    {
        using var parent = await As(Demo.NorthwindAdmin);
        var accounts = await ServicePages.AccountIds(parent);
        var parentGroups = HierarchyPages.GroupIds(await parent.GetStringAsync("accounts/hierarchy"));

        using var west = await As(WestAdmin);
        var html = await west.GetStringAsync("accounts/hierarchy");
        Assert.Contains("Groups of Northwind - West Region (CT-5007)", html);
        Assert.Equal(["Pacific Northwest", "Ungrouped"], HierarchyPages.Totals(html).Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("East Coast", html);
        Assert.Equal((6, Services("CT-5007", "CT-5023", "CT-5024", "CT-5025", "CT-5026", "CT-5027")), HierarchyPages.Total(html));

        var parentOwner = "?owner=" + accounts["CT-5000"];
        Assert.Equal(HttpStatusCode.NotFound, (await west.GetAsync("accounts/hierarchy" + parentOwner)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await west.GetAsync("accounts/hierarchy?handler=Csv&owner=" + accounts["CT-5000"])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await HierarchyPages.Post(west, "Create", new() { ["GroupName"] = "Hijack" }, parentOwner)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await HierarchyPages.Post(west, "Update",
            new() { ["GroupName"] = "Hijacked" }, "?groupId=" + parentGroups["New England"])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await HierarchyPages.Post(west, "Delete", new(), "?groupId=" + parentGroups["Midwest"])).StatusCode);

        // A sibling region's store cannot go into the West admin's own group; nothing of the request is saved.
        var own = HierarchyPages.GroupIds(html)["Pacific Northwest"];
        var sibling = await HierarchyPages.Post(west, "Assign",
            new() { [$"Assign[{accounts["CT-5026"]}]"] = own, [$"Assign[{accounts["CT-5010"]}]"] = own }, "?owner=" + accounts["CT-5007"]);
        Assert.Equal(HttpStatusCode.NotFound, sibling.StatusCode);
        // Nor into the parent's group, from the West admin's own page.
        Assert.Equal(HttpStatusCode.NotFound, (await HierarchyPages.Post(west, "Assign",
            new() { [$"Assign[{accounts["CT-5026"]}]"] = parentGroups["Pacific"] })).StatusCode);
        Assert.Equal((2, Services("CT-5025", "CT-5027")), HierarchyPages.Totals(await west.GetStringAsync("accounts/hierarchy"))["Pacific Northwest"]);

        var after = await parent.GetStringAsync("accounts/hierarchy");
        Assert.DoesNotContain("Hijack", after);
        Assert.Equal(5, HierarchyPages.Totals(after)["East Coast / New England"].Accounts);
        Assert.Equal(4, HierarchyPages.Totals(after)["Midwest"].Accounts);

        // Another tenant's users know nothing of these accounts.
        using var other = await portal.Client("http://localhost/accelecom/").LoggedInAsync(Demo.AccelecomAdmin, portal.DemoPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("accounts/hierarchy" + parentOwner)).StatusCode);
        Assert.DoesNotContain("East Coast", await other.GetStringAsync("accounts/hierarchy"));
    }

    [Fact]
    public async Task A_customer_user_sees_the_groups_but_cannot_change_them()
    {
        using var parent = await As(Demo.NorthwindAdmin);
        var accounts = await ServicePages.AccountIds(parent);
        using var user = await As(NortheastUser);
        var html = await user.GetStringAsync("accounts/hierarchy");
        Assert.Contains("Groups of Northwind - Northeast Region (CT-5001)", html);
        Assert.DoesNotContain("handler=Create", html);
        Assert.DoesNotContain("Save groups", html);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("accounts/hierarchy?owner=" + accounts["CT-5000"])).StatusCode);
        var owner = "?owner=" + accounts["CT-5001"];
        Assert.Equal(HttpStatusCode.Forbidden, (await HierarchyPages.Post(user, "Create", new() { ["GroupName"] = "Mine" }, owner)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await HierarchyPages.Post(user, "Assign", new() { [$"Assign[{accounts["CT-5002"]}]"] = "" }, owner)).StatusCode);
        var someGroup = HierarchyPages.GroupIds(await parent.GetStringAsync("accounts/hierarchy"))["Mid-Atlantic"];
        Assert.Equal(HttpStatusCode.Forbidden, (await HierarchyPages.Post(user, "Delete", new(), "?groupId=" + someGroup)).StatusCode);
        Assert.DoesNotContain("Mine", await user.GetStringAsync("accounts/hierarchy"));
    }

    [Fact]
    public async Task Staff_manage_groups_for_any_customer_and_export_the_totals()
    {
        using var staff = await As(Staff);
        var accounts = await ServicePages.AccountIds(staff);
        var owner = "?owner=" + accounts["CT-5008"];
        Assert.Equal(HttpStatusCode.Redirect, (await HierarchyPages.Post(staff, "Create", new() { ["GroupName"] = "Texas" }, owner)).StatusCode);
        var texas = HierarchyPages.GroupIds(await staff.GetStringAsync("accounts/hierarchy" + owner))["Texas"];
        Assert.Equal(HttpStatusCode.Redirect, (await HierarchyPages.Post(staff, "Assign",
            new() { [$"Assign[{accounts["CT-5008"]}]"] = texas, [$"Assign[{accounts["CT-5028"]}]"] = texas }, owner)).StatusCode);
        Assert.Equal((2, Services("CT-5008", "CT-5028")), HierarchyPages.Totals(await staff.GetStringAsync("accounts/hierarchy" + owner))["Texas"]);

        var csv = await staff.GetStringAsync("accounts/hierarchy?handler=Csv&owner=" + accounts["CT-5000"]);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Group,Level,Accounts", lines[0]);
        Assert.Contains("Services", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("East Coast / New England,1,5,"));
        Assert.Contains(lines, l => l.StartsWith("East Coast,0,12,"));
        Assert.Contains(lines, l => l.StartsWith("Ungrouped,,6,"));
        Assert.Contains(lines, l => l.StartsWith("Total,,30,"));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("accounts/hierarchy?handler=Excel&owner=" + accounts["CT-5000"])).StatusCode);
    }
}

public sealed class HierarchyOnSqlite(SqlitePortal portal) : HierarchyTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class HierarchyOnPostgres(PostgresPortal portal) : HierarchyTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
