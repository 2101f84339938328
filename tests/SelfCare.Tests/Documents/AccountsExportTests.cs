using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Documents;

/// <summary>Account Details "Export to Excel" / "Export CSV": exactly the rows the page shows, in scope and filtered.</summary>
public sealed partial class AccountsExportTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [GeneratedRegex(@"<tr>\s*<td>(AC-\d+)</td>")]
    private static partial Regex PageRow();

    [GeneratedRegex(@"^attachment; filename=account-details-\d{4}-\d{2}-\d{2}\.(xlsx|csv); filename\*=UTF-8''account-details-\d{4}-\d{2}-\d{2}\.(xlsx|csv)$")]
    private static partial Regex Disposition();

    private Task<PortalClient> As(string email) =>
        portal.Client("http://localhost/accelecom/").LoggedInAsync(email, portal.DemoPassword);

    private static async Task<List<string>> PageNumbers(PortalClient client, string query) =>
        PageRow().Matches(await client.GetStringAsync("accounts" + query)).Select(m => m.Groups[1].Value).ToList();

    private static async Task<List<List<string?>>> ExcelRows(PortalClient client, string query)
    {
        var response = await client.GetAsync("accounts?handler=Excel" + query.Replace('?', '&'));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(Disposition(), response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        using var xlsx = new XlsxReader(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal("Account Details", xlsx.Sheet.Name!.Value);
        return xlsx.Rows.Select(r => r.Elements<Cell>().Select(XlsxReader.Text).ToList()).ToList();
    }

    private static async Task<List<List<string>>> CsvRows(PortalClient client, string query)
    {
        var response = await client.GetAsync("accounts?handler=Csv" + query.Replace('?', '&'));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(Disposition(), response.Content.Headers.ContentDisposition!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return CsvParser.Parse(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Theory]
    [InlineData(Demo.LexingtonUser, "", new[] { "AC-100102", "AC-100103" })]
    [InlineData(Demo.LexingtonUser, "?q=annex", new[] { "AC-100103" })]
    [InlineData(Demo.LexingtonUser, "?q=derby", new string[0])]
    [InlineData(Demo.AccelecomStaff, "", new[] { "AC-100100", "AC-100101", "AC-100102", "AC-100103", "AC-100104", "AC-200200", "AC-200201" })]
    [InlineData(Demo.AccelecomStaff, "?q=lexington", new[] { "AC-100102", "AC-100103" })]
    [InlineData(Demo.DerbyAdmin, "?q=louisville", new[] { "AC-200200" })]
    public async Task Both_exports_hold_exactly_the_rows_the_page_shows(string email, string query, string[] expected)
    {
        using var client = await As(email);
        Assert.Equal(expected, await PageNumbers(client, query));

        var excel = await ExcelRows(client, query);
        Assert.Equal(["Account", "Name", "Level", "Parent account", "City", "Region", "Status", "Created", "Services", "Open orders", "Open tickets", "Billed (12 months)", "Balance"], excel[0]);
        Assert.Equal(expected, excel.Skip(1).Select(r => r[0]));

        var csv = await CsvRows(client, query);
        Assert.Equal(excel[0], csv[0]);
        Assert.Equal(expected, csv.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task A_parent_outside_the_users_scope_is_not_named()
    {
        using var client = await As(Demo.LexingtonUser);
        var csv = await CsvRows(client, "");
        Assert.Equal(["AC-100102", "Bluegrass Health - Lexington Clinic", "0", "", "Lexington", "KY", "Active"], csv[1].Take(7));
        Assert.Equal(["AC-100103", "Lexington Clinic - Imaging Annex", "1", "AC-100102"], csv[2].Take(4));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", csv[1][7]);
    }

    [Fact]
    public async Task The_page_links_both_exports_with_its_filter_and_anonymous_callers_are_sent_to_login()
    {
        using var client = await As(Demo.AccelecomStaff);
        var page = await client.GetStringAsync("accounts?q=lexington");
        Assert.Contains("accounts?q=lexington&amp;handler=Excel\"", page);
        Assert.Contains("accounts?q=lexington&amp;handler=Csv\"", page);
        Assert.Contains(">Export to Excel</a>", page);
        Assert.Contains(">Export CSV</a>", page);

        using var anonymous = portal.Client("http://localhost/accelecom/");
        var response = await anonymous.GetAsync("accounts?handler=Excel");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("login", response.Headers.Location!.ToString());
    }
}
