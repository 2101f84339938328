using System.Net;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Orders;

/// <summary>The Orders page and order details for each role: what they show and what each role may do.</summary>
public sealed class OrderPagesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private Task<PortalClient> LoginAsync(string email) => portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    [Theory]
    [InlineData(Demo.AccelecomAdmin, true)]
    [InlineData(Demo.AccelecomStaff, true)]
    [InlineData(Demo.BluegrassAdmin, false)]
    [InlineData(Demo.LexingtonUser, false)]
    public async Task Every_role_sees_counts_calendar_events_and_list_and_only_staff_manage(string email, bool staff)
    {
        using var client = await LoginAsync(email);
        var page = await client.GetStringAsync("orders");
        Assert.Contains("Orders by status", page);
        Assert.Contains("Activation Calendar", page);
        Assert.Contains("Upcoming Events", page);
        Assert.Contains("Scheduled maintenance: Louisville core network", page);
        Assert.Contains("Export to Excel", page);
        Assert.Equal(staff, page.Contains("Create order"));
        Assert.Equal(staff, page.Contains("Post an event"));

        var id = await OrderPages.IdOf(client, "AO-24010");
        var details = await client.GetStringAsync($"orders/details/{id}");
        foreach (var tab in new[] { "Address Information", "Account Information", "Services", "Notes", "History", "Attachments" })
            Assert.Contains(tab, details);
        Assert.Contains("Lexington Clinic", details);
        Assert.Contains("Local DID number", details);
        Assert.Contains("Sent to provisioning", details);
        Assert.Equal(staff, details.Contains("Change status"));
        Assert.Contains("Add note", details);
        Assert.Contains("Upload", details);

        var create = await client.GetAsync("orders/create");
        if (staff)
            Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        else
            AssertDenied(create);
    }

    /// <summary>A signed-in user without the role is sent to the access-denied page.</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("denied", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("orders?month=9999-12")]
    [InlineData("orders?month=0001-01")]
    [InlineData("orders?month=2026-13")]
    [InlineData("orders?from=yesterday&to=2026-02-30")]
    [InlineData("orders?status=Shipped&p=-3")]
    [InlineData("orders?q=%25_%5C&handler=Csv")]
    public async Task Odd_query_values_show_the_page_rather_than_fail(string url)
    {
        using var client = await LoginAsync(Demo.BluegrassAdmin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Staff_change_status_with_a_comment_and_the_history_records_who_when_from_and_to()
    {
        var id = (await OrderPages.CreateAsync(portal, "accelecom", "ST-1001", "AC-100104")).ToString();
        using var staff = await LoginAsync(Demo.AccelecomStaff);
        var same = await staff.PostFormAsync($"orders/details/{id}", new Dictionary<string, string> { ["Change.Status"] = "New" },
            $"orders/details/{id}?handler=Status");
        Assert.Contains("The order is already New.", await same.Content.ReadAsStringAsync());

        var changed = await staff.PostFormAsync($"orders/details/{id}",
            new Dictionary<string, string> { ["Change.Status"] = "Hold", ["Change.Comment"] = "Waiting for the landlord" },
            $"orders/details/{id}?handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var details = await staff.GetStringAsync($"orders/details/{id}");
        Assert.Contains("Status changed to Hold.", details);
        Assert.Matches(@"<td>rep@accelecom.example</td><td>New</td><td>Hold</td><td>Waiting for the landlord</td>", details);
        Assert.Matches(@"<td>tests</td><td>\(created\)</td><td>New</td><td>Order created</td>", details);
    }

    [Fact]
    public async Task Customers_cannot_change_status_create_orders_or_post_events()
    {
        var id = (await OrderPages.CreateAsync(portal, "accelecom", "ST-1002", "AC-100100")).ToString();
        using var customer = await LoginAsync(Demo.BluegrassAdmin);
        var status = await customer.PostFormAsync($"orders/details/{id}", new Dictionary<string, string> { ["Change.Status"] = "Completed" },
            $"orders/details/{id}?handler=Status");
        AssertDenied(status);
        var posted = await customer.PostFormAsync("orders", new Dictionary<string, string>
        {
            ["Event.Date"] = "2030-01-01", ["Event.Title"] = "Fake outage",
        }, "orders?handler=Event");
        AssertDenied(posted);
        Assert.DoesNotContain("Fake outage", await customer.GetStringAsync("orders"));

        using var staff = await LoginAsync(Demo.AccelecomStaff);
        Assert.Contains("<td>New</td><td>Order created</td>", await staff.GetStringAsync($"orders/details/{id}"));
        Assert.DoesNotContain("<td>Completed</td>", await staff.GetStringAsync($"orders/details/{id}"));
    }

    [Fact]
    public async Task Staff_create_an_order_with_validation_messages()
    {
        using var staff = await LoginAsync(Demo.AccelecomStaff);
        var accounts = await ServicePages.AccountIds(staff);
        var empty = await staff.PostFormAsync("orders/create", new Dictionary<string, string> { ["Input.Number"] = "" });
        var text = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Enter the order number.", text);
        Assert.Contains("Choose the account.", text);

        var fields = new Dictionary<string, string>
        {
            ["Input.Number"] = "AO-24001", ["Input.AccountId"] = accounts["AC-100101"], ["Input.Status"] = "New",
            ["Input.Description"] = "Wireless backup", ["Input.Street1"] = "201 Abraham Flexner Way", ["Input.City"] = "Louisville",
            ["Input.Region"] = "KY", ["Input.Country"] = "US", ["Input.Service"] = "LTE failover", ["Input.Quantity"] = "2",
            ["Input.UnitPrice"] = "45", ["Input.ActivationDate"] = "2030-05-01",
        };
        Assert.Contains("Order AO-24001 already exists.", await (await staff.PostFormAsync("orders/create", fields)).Content.ReadAsStringAsync());

        fields["Input.Number"] = "AO-39001";
        var created = await staff.PostFormAsync("orders/create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = await staff.GetStringAsync(created.Headers.Location!.ToString().Replace("/accelecom/", ""));
        Assert.Contains("Order AO-39001 created.", details);
        Assert.Contains("LTE failover", details);
        Assert.Contains("201 Abraham Flexner Way", details);

        using var lexington = await LoginAsync(Demo.LexingtonUser);
        Assert.Empty(await OrderPages.Numbers(lexington, "?q=AO-39001"));
    }

    [Fact]
    public async Task Customers_add_notes_and_an_empty_note_is_refused()
    {
        var id = (await OrderPages.CreateAsync(portal, "accelecom", "ST-1003", "AC-100103")).ToString();
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var empty = await lexington.PostFormAsync($"orders/details/{id}", new Dictionary<string, string> { ["Note.Text"] = "  " },
            $"orders/details/{id}?handler=Note");
        Assert.Contains("Write the note&#x27;s text.", await empty.Content.ReadAsStringAsync());

        var added = await lexington.PostFormAsync($"orders/details/{id}", new Dictionary<string, string> { ["Note.Text"] = "Side door <b>code</b> 4411" },
            $"orders/details/{id}?handler=Note");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var details = await lexington.GetStringAsync($"orders/details/{id}");
        Assert.Contains("Side door &lt;b&gt;code&lt;/b&gt; 4411", details);
        Assert.Contains("lexington@bluegrasshealth.example", details);
    }

    [Fact]
    public async Task Staff_post_events_for_one_account_or_everyone_and_delete_them()
    {
        using var staff = await LoginAsync(Demo.AccelecomStaff);
        var accounts = await ServicePages.AccountIds(staff);
        var day = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd");
        var invalid = await staff.PostFormAsync("orders", new Dictionary<string, string> { ["Event.Title"] = "" }, "orders?handler=Event");
        var invalidText = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Enter the event&#x27;s date.", invalidText);
        Assert.Contains("Enter a title.", invalidText);

        var posted = await staff.PostFormAsync("orders", new Dictionary<string, string>
        {
            ["Event.Date"] = day, ["Event.Title"] = "Derby depot generator test", ["Event.AccountId"] = accounts["AC-200200"],
        }, "orders?handler=Event");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        using var derby = await LoginAsync(Demo.DerbyAdmin);
        using var bluegrass = await LoginAsync(Demo.BluegrassAdmin);
        Assert.Contains("Derby depot generator test", await derby.GetStringAsync("orders"));
        Assert.DoesNotContain("Derby depot generator test", await bluegrass.GetStringAsync("orders"));

        var page = await staff.GetStringAsync("orders");
        var eventId = System.Text.RegularExpressions.Regex.Match(page,
            @"Derby depot generator test[\s\S]*?eventId=([0-9a-f-]{36})").Groups[1].Value;
        var deleted = await staff.PostFormAsync("orders", new Dictionary<string, string>(), $"orders?handler=DeleteEvent&eventId={eventId}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("Derby depot generator test", await derby.GetStringAsync("orders"));
    }
}
