using System.Net;
using DocumentFormat.OpenXml.Spreadsheet;
using SelfCare.Tests.Documents;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Services;

/// <summary>The Services list, its exports and Edit Description, per user scope (demo data of accelecom).</summary>
public abstract class ServicesTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private static readonly string[] Lexington =
        ["859-555-0123", "859-555-0150", "859-555-0188", "CKT-LEX-FIB-30001", "CKT-LEX-FIB-30101", "SIP-LEX-30002"];

    private async Task<PortalClient> As(string email) =>
        await portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    [Fact]
    public async Task A_child_account_user_sees_only_the_services_of_that_child_and_its_children()
    {
        using var user = await As(Demo.LexingtonUser);
        Assert.Equal(Lexington, (await ServicePages.ServiceIds(user)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_parent_admin_sees_the_hierarchy_and_staff_see_every_service()
    {
        using var admin = await As(Demo.BluegrassAdmin);
        var hierarchy = await ServicePages.ServiceIds(admin);
        Assert.Equal(14, hierarchy.Count);
        Assert.DoesNotContain("CKT-LOU-FIB-50001", hierarchy);
        Assert.Contains("CKT-BG-FIB-40001", hierarchy);

        using var staff = await As(Demo.AccelecomStaff);
        Assert.Equal(18, (await ServicePages.ServiceIds(staff)).Count);
    }

    [Fact]
    public async Task The_account_filter_narrows_to_a_child_and_refuses_accounts_outside_the_scope()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var ids = await ServicePages.AccountIds(staff);
        using var admin = await As(Demo.BluegrassAdmin);
        Assert.Equal(Lexington, (await ServicePages.ServiceIds(admin, "?account=" + ids["AC-100102"])).Order(StringComparer.Ordinal));
        Assert.Equal(["270-555-0110", "CKT-BG-FIB-40001"], (await ServicePages.ServiceIds(admin, "?account=" + ids["AC-100104"])).Order(StringComparer.Ordinal));

        using var user = await As(Demo.LexingtonUser);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("services?account=" + ids["AC-100100"])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync("services?handler=Csv&account=" + ids["AC-200200"])).StatusCode);
    }

    [Theory]
    [InlineData("?status=Pending", new[] { "859-555-0188", "CKT-LEX-FIB-30101" })]
    [InlineData("?status=Active", new[] { "859-555-0123", "859-555-0150", "CKT-LEX-FIB-30001", "SIP-LEX-30002" })]
    [InlineData("?status=Disconnected", new string[0])]
    [InlineData("?status=nonsense", new[] { "859-555-0123", "859-555-0150", "859-555-0188", "CKT-LEX-FIB-30001", "CKT-LEX-FIB-30101", "SIP-LEX-30002" })]
    [InlineData("?q=imaging", new[] { "859-555-0150", "CKT-LEX-FIB-30101" })]
    [InlineData("?q=859-555-01", new[] { "859-555-0123", "859-555-0150", "859-555-0188" })]
    [InlineData("?q=warehouse", new string[0])]
    [InlineData("?q=100%25_", new string[0])]
    [InlineData("?q=imaging&status=Active", new[] { "859-555-0150" })]
    public async Task Status_filter_and_search_apply_within_the_scope(string query, string[] expected)
    {
        using var user = await As(Demo.LexingtonUser);
        Assert.Equal(expected, (await ServicePages.ServiceIds(user, query)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Demo.LexingtonUser, "")]
    [InlineData(Demo.LexingtonUser, "?status=Pending")]
    [InlineData(Demo.BluegrassAdmin, "?q=fiber")]
    [InlineData(Demo.AccelecomStaff, "?status=Active&q=did")]
    [InlineData(Demo.DerbyAdmin, "")]
    public async Task Both_exports_hold_exactly_the_rows_the_page_shows(string email, string query)
    {
        using var client = await As(email);
        var visible = await ServicePages.ServiceIds(client, query);
        var separator = query.Length == 0 ? "?" : "&";

        var csv = await client.GetAsync("services" + query + separator + "handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var csvRows = CsvParser.Parse(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["Service ID", "Account", "Account name", "Location", "Description", "Status", "Products"], csvRows[0]);
        Assert.Equal(visible, csvRows.Skip(1).Select(r => r[0]));

        var excel = await client.GetAsync("services" + query + separator + "handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var xlsx = new XlsxReader(await excel.Content.ReadAsByteArrayAsync());
        Assert.Empty(xlsx.ValidationErrors());
        var excelRows = xlsx.Rows.Select(r => r.Elements<Cell>().Select(XlsxReader.Text).ToList()).ToList();
        Assert.Equal(visible, excelRows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Another_accounts_service_answers_404_on_its_page_and_its_edit_form()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var derby = await ServicePages.IdOf(staff, "CKT-LOU-FIB-50001");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("services/details/" + derby)).StatusCode);

        using var lexington = await As(Demo.LexingtonUser);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync("services/details/" + derby)).StatusCode);
        using var bluegrass = await As(Demo.BluegrassAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.GetAsync("services/details/" + derby)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.GetAsync("services/edit/" + derby)).StatusCode);
        var post = await bluegrass.PostFormAsync("services", new Dictionary<string, string> { ["Input.Description"] = "Mine now" }, "services/edit/" + derby);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("Mine now", await staff.GetStringAsync("services/details/" + derby));
    }

    [Fact]
    public async Task Edit_description_validates_and_shows_hostile_text_encoded()
    {
        using var admin = await As(Demo.BluegrassAdmin);
        var id = await ServicePages.IdOf(admin, "859-555-0123");
        var edit = "services/edit/" + id;

        var empty = await admin.PostFormAsync(edit, new Dictionary<string, string> { ["Input.Description"] = "   " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter a description.", await empty.Content.ReadAsStringAsync());

        var tooLong = await admin.PostFormAsync(edit, new Dictionary<string, string> { ["Input.Description"] = new string('x', 501) });
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("The description can be at most 500 characters.", await tooLong.Content.ReadAsStringAsync());
        Assert.Contains("Clinic scheduling line", await admin.GetStringAsync("services/details/" + id));

        const string hostile = "<script>alert('x')</script> Scheduling";
        var saved = await admin.PostFormAsync(edit, new Dictionary<string, string> { ["Input.Description"] = hostile });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await admin.GetStringAsync("services/details/" + id);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Scheduling", details);
        Assert.DoesNotContain(hostile, details);
        Assert.DoesNotContain(hostile, await admin.GetStringAsync("services"));
    }

    [Fact]
    public async Task A_customer_user_cannot_edit_and_is_not_offered_the_option()
    {
        using var user = await As(Demo.LexingtonUser);
        var page = await user.GetStringAsync("services");
        Assert.DoesNotContain("Edit Description", page);
        // Tickets is on for accelecom: everyone who sees a service may open a ticket about it.
        Assert.Contains("tickets/new?about=service:", page);
        var id = await ServicePages.IdOf(user, "859-555-0150");
        var form = await user.GetAsync("services/edit/" + id);
        Assert.True(form.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"GET edit: {(int)form.StatusCode}");
        var post = await user.PostFormAsync("services", new Dictionary<string, string> { ["Input.Description"] = "Changed" }, "services/edit/" + id);
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"POST edit: {(int)post.StatusCode}");
        Assert.Contains("Imaging front desk DID", await user.GetStringAsync("services/details/" + id));

        using var admin = await As(Demo.BluegrassAdmin);
        Assert.Contains("Edit Description", await admin.GetStringAsync("services"));
    }

    [Fact]
    public async Task The_summary_widget_counts_services_by_status_in_the_scope()
    {
        using var user = await As(Demo.LexingtonUser);
        var summary = await user.GetStringAsync("");
        Assert.Contains("<dt>All services</dt><dd>6</dd>", summary);
        Assert.Contains("<dt>Active</dt><dd><a href=\"/accelecom/services?status=Active\">4</a></dd>", summary);
        Assert.Contains("<dt>Pending</dt><dd><a href=\"/accelecom/services?status=Pending\">2</a></dd>", summary);
    }

    [Fact]
    public async Task Pages_are_server_side_and_expanded_rows_show_products()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var page = await staff.GetStringAsync("services?q=CKT-LOU-FIB-10001&p=7");
        Assert.Contains("<details>", page);
        Assert.Contains("Dedicated Fiber Internet 1 Gbps", page);
        Assert.Contains("1450.00 USD", page);
        Assert.Contains("One-time", page);
        Assert.Contains("1 service(s), page 1 of 1.", page);
    }
}

public sealed class ServicesOnSqlite(SqlitePortal portal) : ServicesTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ServicesOnPostgres(PostgresPortal portal) : ServicesTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
