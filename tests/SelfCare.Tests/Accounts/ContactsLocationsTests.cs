using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Host.Tenancy;
using DocumentFormat.OpenXml.Spreadsheet;
using SelfCare.Tests.Documents;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Services;

namespace SelfCare.Tests.Accounts;

/// <summary>Contacts and Locations of the Accounts module, per user scope (demo data of accelecom).</summary>
public abstract class ContactsLocationsTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task<PortalClient> As(string email) =>
        await portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    private static bool Refused(HttpResponseMessage r) => r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect;

    [Fact]
    public async Task A_child_account_user_sees_only_the_contacts_and_locations_of_that_child_and_its_children()
    {
        using var user = await As(Demo.LexingtonUser);
        Assert.Equal(["Chris Alvarez", "Jordan Lee"], await ContactPages.ContactNames(user));
        Assert.Equal(["Imaging Annex", "Lexington Clinic"], await ContactPages.LocationNames(user));

        using var staff = await As(Demo.AccelecomStaff);
        var ids = await ServicePages.AccountIds(staff);
        // An account outside the scope in the filter matches nothing rather than widening the scope.
        Assert.Empty(await ContactPages.ContactNames(user, "?account=" + ids["AC-200200"]));
        Assert.Empty(await ContactPages.LocationNames(user, "?account=" + ids["AC-200200"]));
        Assert.Equal(["Chris Alvarez"], await ContactPages.ContactNames(user, "?account=" + ids["AC-100103"]));
        var csv = await (await user.GetAsync("accounts/contacts?handler=Csv&account=" + ids["AC-200200"])).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Casey Fields", csv);

        var staffContacts = await ContactPages.ContactNames(staff);
        Assert.Contains("Casey Fields", staffContacts);
        Assert.Contains("Dana Whitfield", staffContacts);
        Assert.Contains("Frankfort Depot", await ContactPages.LocationNames(staff));
    }

    [Fact]
    public async Task Another_accounts_contact_or_location_answers_404_on_details_edit_and_post()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var casey = await ContactPages.ContactId(staff, "Casey Fields");
        var depot = await ContactPages.LocationId(staff, "Frankfort Depot");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("accounts/contacts/details/" + casey)).StatusCode);

        using var lexington = await As(Demo.LexingtonUser);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync("accounts/contacts/details/" + casey)).StatusCode);
        using var bluegrass = await As(Demo.BluegrassAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.GetAsync("accounts/contacts/details/" + casey)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.GetAsync("accounts/contacts/edit/" + casey)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.GetAsync("accounts/locations/edit/" + depot)).StatusCode);
        var fields = new Dictionary<string, string> { ["Input.Name"] = "Mine now", ["Input.Email"] = "x@example.com", ["Input.Street1"] = "1 Main St", ["Input.City"] = "X", ["Input.Country"] = "US" };
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.PostFormAsync("accounts/contacts/edit", fields, "accounts/contacts/edit/" + casey)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.PostFormAsync("accounts/contacts/edit",
            new Dictionary<string, string> { ["active"] = "false" }, $"accounts/contacts/details/{casey}?handler=Active")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bluegrass.PostFormAsync("accounts/locations/edit", fields, "accounts/locations/edit/" + depot)).StatusCode);
        var details = await staff.GetStringAsync("accounts/contacts/details/" + casey);
        Assert.DoesNotContain("Mine now", details);
        Assert.Contains("Active", details);
        Assert.DoesNotContain("Mine now", string.Join(",", await ContactPages.LocationNames(staff)));
    }

    [Theory]
    [InlineData(Demo.LexingtonUser, "")]
    [InlineData(Demo.BluegrassAdmin, "?q=bluegrass")]
    [InlineData(Demo.AccelecomStaff, "?status=active")]
    [InlineData(Demo.AccelecomStaff, "?q=502")]
    [InlineData(Demo.DerbyAdmin, "")]
    public async Task Contact_exports_hold_exactly_the_rows_the_page_shows(string email, string query)
    {
        using var client = await As(email);
        var visible = await ContactPages.ContactNames(client, query);
        Assert.NotEmpty(visible);
        var separator = query.Length == 0 ? "?" : "&";

        var csv = await client.GetAsync("accounts/contacts" + query + separator + "handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var rows = CsvParser.Parse(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["Account", "Name", "Role", "Email", "Office phone", "Mobile phone", "Billing", "Technical", "Status"], rows[0]);
        Assert.Equal(visible, rows.Skip(1).Select(r => r[1]));

        var excel = await client.GetAsync("accounts/contacts" + query + separator + "handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var xlsx = new XlsxReader(await excel.Content.ReadAsByteArrayAsync());
        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal(visible, xlsx.Rows.Skip(1).Select(r => r.Elements<Cell>().Select(XlsxReader.Text).ToList()[1]));
    }

    [Theory]
    [InlineData(Demo.LexingtonUser, "")]
    [InlineData(Demo.AccelecomStaff, "?q=louisville")]
    [InlineData(Demo.BluegrassAdmin, "")]
    public async Task Location_exports_hold_exactly_the_rows_the_page_shows(string email, string query)
    {
        using var client = await As(email);
        var visible = await ContactPages.LocationNames(client, query);
        Assert.NotEmpty(visible);
        var separator = query.Length == 0 ? "?" : "&";
        var csv = await client.GetAsync("accounts/locations" + query + separator + "handler=Csv");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var rows = CsvParser.Parse(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(visible, rows.Skip(1).Select(r => r[1]));
        var excel = await client.GetAsync("accounts/locations" + query + separator + "handler=Excel");
        using var xlsx = new XlsxReader(await excel.Content.ReadAsByteArrayAsync());
        Assert.Equal(visible, xlsx.Rows.Skip(1).Select(r => r.Elements<Cell>().Select(XlsxReader.Text).ToList()[1]));
    }

    [Fact]
    public async Task Adding_a_contact_validates_every_field_and_shows_hostile_text_encoded()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var ids = await ServicePages.AccountIds(staff);
        using var admin = await As(Demo.BluegrassAdmin);
        const string add = "accounts/contacts/edit";

        var empty = await (await admin.PostFormAsync(add, new Dictionary<string, string> { ["Input.Name"] = "  " })).Content.ReadAsStringAsync();
        Assert.Contains("Choose the account this contact belongs to.", empty);
        Assert.Contains("Enter the contact&#x27;s name.", empty);

        var bad = await (await admin.PostFormAsync(add, new Dictionary<string, string>
        {
            ["Input.AccountId"] = ids["AC-100104"], ["Input.Name"] = new string('n', 201), ["Input.Email"] = "not-an-email",
            ["Input.OfficePhone"] = "call me", ["Input.Role"] = new string('r', 101),
        })).Content.ReadAsStringAsync();
        Assert.Contains("The name can be at most 200 characters.", bad);
        Assert.Contains("The role or title can be at most 100 characters.", bad);
        Assert.Contains("Enter an email address like name@example.com.", bad);
        Assert.Contains("Enter the office phone as digits", bad);

        var unreachable = await (await admin.PostFormAsync(add, new Dictionary<string, string>
            { ["Input.AccountId"] = ids["AC-100104"], ["Input.Name"] = "Nobody" })).Content.ReadAsStringAsync();
        Assert.Contains("Enter at least one way to reach the contact", unreachable);

        var elsewhere = await (await admin.PostFormAsync(add, new Dictionary<string, string>
            { ["Input.AccountId"] = ids["AC-200200"], ["Input.Name"] = "Intruder", ["Input.Email"] = "i@example.com" })).Content.ReadAsStringAsync();
        Assert.Contains("Choose one of your accounts.", elsewhere);
        Assert.DoesNotContain("Intruder", string.Join(",", await ContactPages.ContactNames(staff)));

        const string hostile = "<script>alert('x')</script> Nurse";
        var saved = await admin.PostFormAsync(add, new Dictionary<string, string>
        {
            ["Input.AccountId"] = ids["AC-100104"], ["Input.Name"] = hostile, ["Input.Role"] = "Charge nurse",
            ["Input.MobilePhone"] = "+1 270-555-0199", ["Input.Technical"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await admin.GetStringAsync(saved.Headers.Location!.ToString().TrimStart('/').Replace("accelecom/", ""));
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Nurse", details);
        Assert.DoesNotContain(hostile, details);
        var list = await admin.GetStringAsync("accounts/contacts");
        Assert.DoesNotContain(hostile, list);
        Assert.Contains(hostile, await ContactPages.ContactNames(admin));
    }

    [Fact]
    public async Task Deactivating_keeps_the_contact_listed_as_inactive_and_editing_saves()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var ids = await ServicePages.AccountIds(staff);
        using var admin = await As(Demo.BluegrassAdmin);
        var saved = await admin.PostFormAsync("accounts/contacts/edit", new Dictionary<string, string>
            { ["Input.AccountId"] = ids["AC-100101"], ["Input.Name"] = "Temp Contractor", ["Input.Email"] = "temp@bluegrasshealth.example" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await ContactPages.ContactId(admin, "Temp Contractor");

        var edited = await admin.PostFormAsync("accounts/contacts/edit/" + id, new Dictionary<string, string>
            { ["Input.AccountId"] = ids["AC-100101"], ["Input.Name"] = "Temp Contractor", ["Input.Email"] = "temp2@bluegrasshealth.example", ["Input.Billing"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("temp2@bluegrasshealth.example", await admin.GetStringAsync("accounts/contacts/details/" + id));

        var off = await admin.PostFormAsync("accounts/contacts/details/" + id, new Dictionary<string, string> { ["active"] = "false" },
            $"accounts/contacts/details/{id}?handler=Active");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains("Temp Contractor", await ContactPages.ContactNames(admin, "?status=inactive"));
        Assert.DoesNotContain("Temp Contractor", await ContactPages.ContactNames(admin, "?status=active"));
        Assert.Contains("Temp Contractor", await ContactPages.ContactNames(admin));
        Assert.Contains("<dd>Inactive</dd>", await admin.GetStringAsync("accounts/contacts/details/" + id));
    }

    [Fact]
    public async Task A_customer_user_reads_but_cannot_add_edit_or_deactivate()
    {
        using var user = await As(Demo.LexingtonUser);
        var page = await user.GetStringAsync("accounts/contacts");
        Assert.DoesNotContain("Add contact", page);
        Assert.DoesNotContain("Add location", await user.GetStringAsync("accounts/locations"));
        var jordan = await ContactPages.ContactId(user, "Jordan Lee");
        var details = await user.GetStringAsync("accounts/contacts/details/" + jordan);
        Assert.DoesNotContain("Deactivate", details);
        Assert.True(Refused(await user.GetAsync("accounts/contacts/edit/" + jordan)));
        Assert.True(Refused(await user.GetAsync("accounts/contacts/edit")));
        Assert.True(Refused(await user.GetAsync("accounts/locations/edit")));

        using var admin = await As(Demo.BluegrassAdmin);
        var fields = new Dictionary<string, string> { ["active"] = "false", ["Input.Name"] = "Changed" };
        // The customer user never gets a form token from these pages; an admin's page shape is the same, so post with the user's own session token from login.
        var post = await user.Http.PostAsync($"accounts/contacts/details/{jordan}?handler=Active", new FormUrlEncodedContent(fields));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.True((int)post.StatusCode < 500);
        Assert.Contains("<dd>Active</dd>", await admin.GetStringAsync("accounts/contacts/details/" + jordan));
        Assert.Contains("Add contact", await admin.GetStringAsync("accounts/contacts"));
    }

    [Fact]
    public async Task Locations_validate_and_save_within_the_scope()
    {
        using var staff = await As(Demo.AccelecomStaff);
        var ids = await ServicePages.AccountIds(staff);
        using var admin = await As(Demo.BluegrassAdmin);
        const string add = "accounts/locations/edit";

        var empty = await (await admin.PostFormAsync(add, new Dictionary<string, string> { ["Input.Country"] = "" })).Content.ReadAsStringAsync();
        Assert.Contains("Choose the account this location belongs to.", empty);
        Assert.Contains("Enter the street address.", empty);
        Assert.Contains("Enter the city.", empty);
        Assert.Contains("Enter the country.", empty);

        var bad = await (await admin.PostFormAsync(add, new Dictionary<string, string>
        {
            ["Input.AccountId"] = ids["AC-200200"], ["Input.Name"] = "Depot", ["Input.Street1"] = "1 Main St", ["Input.City"] = "Louisville",
            ["Input.PostalCode"] = "<40202>", ["Input.Country"] = "United States",
        })).Content.ReadAsStringAsync();
        Assert.Contains("Choose one of your accounts.", bad);
        Assert.Contains("The postal code can hold letters, digits, spaces and hyphens only.", bad);

        var saved = await admin.PostFormAsync(add, new Dictionary<string, string>
        {
            ["Input.AccountId"] = ids["AC-100104"], ["Input.Name"] = "Bowling Green <b>Clinic</b>", ["Input.Street1"] = "1000 College St",
            ["Input.City"] = "Bowling Green", ["Input.Region"] = "KY", ["Input.PostalCode"] = "42101", ["Input.Country"] = "United States",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await admin.GetStringAsync("accounts/locations?account=" + ids["AC-100104"]);
        Assert.Contains("Bowling Green &lt;b&gt;Clinic&lt;/b&gt;", list);
        Assert.Contains("1000 College St, Bowling Green, KY 42101, United States", list);

        using var user = await As(Demo.LexingtonUser);
        Assert.DoesNotContain("Bowling Green <b>Clinic</b>", await ContactPages.LocationNames(user));
    }

    [Fact]
    public async Task The_location_directory_gives_other_modules_an_accounts_addresses()
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find("accelecom")!;
        await portal.Services.GetRequiredService<TenantActivator>().EnsureActiveAsync(tenant, CancellationToken.None);
        await using var scope = portal.Services.GetRequiredService<TenantScopeFactory>().CreateSystemScope(tenant);
        var account = (await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().IdsByNumberAsync(CancellationToken.None))["AC-100103"];
        var directory = scope.ServiceProvider.GetRequiredService<ILocationDirectory>();
        var annex = Assert.Single(await directory.ForAccountAsync(account, CancellationToken.None));
        Assert.Equal("Imaging Annex", annex.Name);
        Assert.Equal("1225 S Broadway, Building B, Lexington, KY 40504, United States", annex.Address);
        Assert.Equal(annex, await directory.FindAsync(annex.Id, CancellationToken.None));
        Assert.Null(await directory.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task The_account_summary_and_lists_link_to_contacts_and_locations()
    {
        using var user = await As(Demo.LexingtonUser);
        var accounts = await user.GetStringAsync("accounts");
        Assert.Contains("href=\"/accelecom/accounts/contacts\"", accounts);
        using var staff = await As(Demo.AccelecomStaff);
        var ids = await ServicePages.AccountIds(staff);
        var summary = await user.GetStringAsync("accounts/details/" + ids["AC-100102"]);
        Assert.Contains("contacts?account=" + ids["AC-100102"], summary);
        Assert.Contains("locations?account=" + ids["AC-100102"], summary);
    }
}

public sealed class ContactsLocationsOnSqlite(SqlitePortal portal) : ContactsLocationsTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class ContactsLocationsOnPostgres(PostgresPortal portal) : ContactsLocationsTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
