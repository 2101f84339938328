using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Contracts;
using SelfCare.Tests.Api;
using SelfCare.Tests.Documents;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Orders;

/// <summary>Reads the Orders pages the way a person does, and adds orders through IOrderProvisioning.</summary>
internal static partial class OrderPages
{
    [GeneratedRegex("<a class=\"order-number\" href=\"[^\"]*/orders/details/([0-9a-f-]{36})\">([^<]+)</a>")]
    private static partial Regex OrderLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>Order numbers listed on /orders{query} (one page).</summary>
    public static async Task<List<string>> Numbers(PortalClient client, string query = "") =>
        OrderLink().Matches(await client.GetStringAsync("orders" + query)).Select(m => m.Groups[2].Value).ToList();

    /// <summary>The internal id of an order, found through the list of a user who may see it.</summary>
    public static async Task<string> IdOf(PortalClient client, string number)
    {
        var match = OrderLink().Matches(await client.GetStringAsync("orders?q=" + Uri.EscapeDataString(number)))
            .FirstOrDefault(m => m.Groups[2].Value == number);
        Assert.True(match is not null, $"Order {number} is not listed");
        return match.Groups[1].Value;
    }

    /// <summary>The CSV export's order numbers (first column, header skipped).</summary>
    public static async Task<List<string>> CsvNumbers(PortalClient client, string query)
    {
        var response = await client.GetAsync("orders" + (query.Length == 0 ? "?" : query + "&") + "handler=Csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return CsvParser.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)).Skip(1).Select(r => r[0]).ToList();
    }

    /// <summary>The Excel export's order numbers (first column, header skipped); the workbook must be valid.</summary>
    public static async Task<List<string?>> ExcelNumbers(PortalClient client, string query)
    {
        var response = await client.GetAsync("orders" + (query.Length == 0 ? "?" : query + "&") + "handler=Excel");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var xlsx = new XlsxReader(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal("Orders", xlsx.Sheet.Name!.Value);
        return xlsx.Rows.Skip(1).Select(r => XlsxReader.Text(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First())).ToList();
    }

    public static async Task<string> TokenOf(PortalClient client, string page) =>
        WebUtility.HtmlDecode(Token().Match(await client.GetStringAsync(page)).Groups[1].Value);

    /// <summary>Posts a multipart upload to an order's Upload handler; <paramref name="bytes"/> null sends no file.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, string orderId, string? name, byte[]? bytes)
    {
        var page = $"orders/details/{orderId}";
        var form = new MultipartFormDataContent { { new StringContent(await TokenOf(client, page)), "__RequestVerificationToken" } };
        if (bytes is not null)
            form.Add(new ByteArrayContent(bytes), "file", name!);
        return await client.Http.PostAsync(page + "?handler=Upload", form);
    }

    public static async Task<Guid> CreateAsync(PortalFactory portal, string tenant, string number, string accountNumber,
        string status = "New", int? activationInDays = null, string? description = null)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, tenant);
        var account = (await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().IdsByNumberAsync(CancellationToken.None))[accountNumber];
        var activation = activationInDays is { } d ? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(d) : (DateOnly?)null;
        return await scope.ServiceProvider.GetRequiredService<IOrderProvisioning>().CreateAsync(new NewOrder(
            number, account, status, "New service", description ?? $"Test order {number}", null, activation, null,
            new OrderAddress("1 Test St", null, "Louisville", "KY", "40202", "US"),
            [new NewOrderLine("Business broadband", 1, 99.5m, "USD", true)], "tests"), CancellationToken.None);
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
