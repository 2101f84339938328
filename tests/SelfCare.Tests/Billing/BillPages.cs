using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SelfCare.Tests.Documents;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Billing;

/// <summary>Reads the bills pages the way a person does (list, exports, details).</summary>
internal static partial class BillPages
{
    [GeneratedRegex("<a class=\"invoice-number\" href=\"[^\"]*/bills/details/([0-9a-f-]{36})\">([^<]+)</a>")]
    private static partial Regex InvoiceLink();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    public static partial Regex PdfPage();

    public static async Task EnableAsync(PortalFactory portal, string tenant, string admin)
    {
        using var client = await portal.Client($"http://localhost/{tenant}/").LoggedInAsync(admin, portal.DemoPassword);
        var fields = new Dictionary<string, string> { ["module"] = "Billing", ["confirmed"] = "true" };
        var response = await client.PostFormAsync("admin/features", fields, "admin/features?handler=Enable");
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Billing on: {(int)response.StatusCode}");
    }

    /// <summary>(id, number) of every invoice on /bills{query}, walking all pages.</summary>
    public static async Task<List<(string Id, string Number)>> ListAsync(PortalClient client, string query = "")
    {
        var found = new List<(string, string)>();
        for (var p = 1; ; p++)
        {
            var html = await client.GetStringAsync("bills" + (query.Length == 0 ? "?" : query + "&") + $"p={p}");
            var rows = InvoiceLink().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
            found.AddRange(rows);
            if (!html.Contains("rel=\"next\""))
                return found;
        }
    }

    public static async Task<List<string>> NumbersAsync(PortalClient client, string query = "") =>
        [.. (await ListAsync(client, query)).Select(r => r.Number)];

    public static async Task<List<string>> CsvNumbersAsync(PortalClient client, string query)
    {
        var response = await client.GetAsync("bills" + (query.Length == 0 ? "?" : query + "&") + "handler=Csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return [.. CsvParser.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)).Skip(1).Select(r => r[0])];
    }

    public static async Task<List<string?>> ExcelNumbersAsync(PortalClient client, string query)
    {
        var response = await client.GetAsync("bills" + (query.Length == 0 ? "?" : query + "&") + "handler=Excel");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var xlsx = new XlsxReader(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(xlsx.ValidationErrors());
        return [.. xlsx.Rows.Skip(1).Select(r => XlsxReader.Text(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First()))];
    }
}
