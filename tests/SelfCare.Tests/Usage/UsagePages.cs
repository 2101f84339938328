using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Documents;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Usage;

/// <summary>Reads the Usage pages as a person does: the account of each listed call or summary row, and the exports.</summary>
internal static partial class UsagePages
{
    [GeneratedRegex("<tr class=\"call-row\"><td>[^<]*</td><td>([^<]*)</td>")]
    private static partial Regex CallAccount();

    [GeneratedRegex("<tr class=\"usage-row\"><td>[^<]*</td><td>([^<]*)</td>")]
    private static partial Regex SummaryAccount();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<List<string>> CallAccounts(PortalClient client, string query) =>
        CallAccount().Matches(await client.GetStringAsync("usage/calls" + query)).Select(m => m.Groups[1].Value).ToList();

    public static async Task<List<string>> SummaryAccounts(PortalClient client, string query) =>
        SummaryAccount().Matches(await client.GetStringAsync("usage" + query)).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The Account column of the Calls CSV export (second field; the fields of these tests hold no commas).</summary>
    public static async Task<List<string>> CsvAccounts(PortalClient client, string query)
    {
        var response = await client.GetAsync("usage/calls" + query + "&handler=Csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).Select(l => l.Split(',')[1]).ToList();
    }

    public static async Task<List<string?>> ExcelAccounts(PortalClient client, string query)
    {
        var response = await client.GetAsync("usage/calls" + query + "&handler=Excel");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var xlsx = new XlsxReader(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(xlsx.ValidationErrors());
        return xlsx.Rows.Skip(1).Select(r => XlsxReader.Text(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(1))).ToList();
    }

    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string name, string csv)
    {
        var token = WebUtility.HtmlDecode(Token().Match(await client.GetStringAsync("usage/upload")).Groups[1].Value);
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", name },
        };
        return await client.Http.PostAsync("usage/upload", form);
    }
}
