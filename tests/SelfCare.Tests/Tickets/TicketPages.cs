using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SelfCare.Tests.Documents;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Tickets;

/// <summary>Uses the ticket pages the way a person does: the New form, Ticket Details' forms, the list and its exports.</summary>
internal static partial class TicketPages
{
    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\"[^>]*>(AC-\\d+) &ndash;")]
    private static partial Regex AccountOption();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<a class=\"ticket-number\" href=\"[^\"]*/tickets/(\\d+)\">")]
    private static partial Regex ListedNumber();

    [GeneratedRegex("<li class=\"journal-entry journal-([a-z]+)\">")]
    private static partial Regex JournalKinds();

    /// <summary>The account's id as the New form offers it (only accounts the user may see).</summary>
    public static async Task<string> AccountIdAsync(PortalClient client, string number) =>
        AccountOption().Matches(await client.GetStringAsync("tickets/new")).Single(m => m.Groups[2].Value == number).Groups[1].Value;

    public static string HiddenValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    public static string TokenOf(string html) => WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);

    /// <summary>Fills and submits the New form (a fresh idempotency key unless given); files go as "attachments".</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(PortalClient client, Dictionary<string, string> fields,
        IEnumerable<(string Name, byte[] Bytes)>? files = null, string query = "")
    {
        var form = await client.GetStringAsync("tickets/new" + query);
        var content = new MultipartFormDataContent
        {
            { new StringContent(TokenOf(form)), "__RequestVerificationToken" },
            { new StringContent(HiddenValue(form, "Input.IdempotencyKey")), "Input.IdempotencyKey" },
        };
        foreach (var (key, value) in fields)
            content.Add(new StringContent(value), key);
        foreach (var (name, bytes) in files ?? [])
            content.Add(new ByteArrayContent(bytes), "attachments", name);
        return await client.Http.PostAsync("tickets/new", content);
    }

    /// <summary>Opens a ticket on <paramref name="account"/> through the form; returns its number.</summary>
    public static async Task<long> CreateAsync(PortalClient client, string account, string subject, string? about = null,
        IEnumerable<(string Name, byte[] Bytes)>? files = null, string? contactEmail = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.AccountId"] = await AccountIdAsync(client, account), ["Input.Category"] = "Technical", ["Input.Subject"] = subject,
            ["Input.Priority"] = "High", ["Input.Description"] = $"Details of {subject}", ["Input.AboutKind"] = "account",
        };
        if (about is not null)
        {
            var parts = about.Split(':');
            fields["Input.AboutKind"] = parts[0];
            fields["Input.AboutId"] = parts[1];
        }
        if (contactEmail is not null)
            fields["Input.ContactEmail"] = contactEmail;
        var response = await SubmitAsync(client, fields, files);
        if (response.StatusCode != HttpStatusCode.Redirect)
            Assert.Fail($"Create failed: {(int)response.StatusCode} {Regex.Match(await DecodedAsync(response), "role=\"alert\"[^>]*>(.*?)</div>", RegexOptions.Singleline).Value}");
        return long.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Posts one of Ticket Details' forms (Reply, Status, Assign) with the key the page drew, unless <paramref name="key"/> is given.</summary>
    public static async Task<HttpResponseMessage> PostAsync(PortalClient client, long number, string handler, Dictionary<string, string> fields, string? key = null)
    {
        var page = await client.GetStringAsync($"tickets/{number}");
        return await client.Http.PostAsync($"tickets/{number}?handler={handler}", Form(page, handler, fields, key));
    }

    public static FormUrlEncodedContent Form(string page, string handler, Dictionary<string, string> fields, string? key = null)
    {
        var prefix = handler switch { "Reply" => "Message", "Status" => "Change", _ => "Assign" };
        var content = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = TokenOf(page),
            [$"{prefix}.IdempotencyKey"] = key ?? HiddenValue(page, $"{prefix}.IdempotencyKey"),
        };
        return new FormUrlEncodedContent(content);
    }

    public static Task<HttpResponseMessage> ReplyAsync(PortalClient client, long number, string text, bool @internal = false) =>
        PostAsync(client, number, "Reply", new() { ["Message.Text"] = text, ["Message.Internal"] = @internal ? "true" : "false" });

    public static Task<HttpResponseMessage> StatusAsync(PortalClient client, long number, string status, string? comment = null) =>
        PostAsync(client, number, "Status", new() { ["Change.Status"] = status, ["Change.Comment"] = comment ?? "" });

    public static Task<HttpResponseMessage> AssignAsync(PortalClient client, long number, string staff) =>
        PostAsync(client, number, "Assign", new() { ["Assign.AssignTo"] = staff });

    /// <summary>The kinds of the journal's entries as the page lists them, top to bottom.</summary>
    public static List<string> Journal(string html) => JournalKinds().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public static async Task<List<long>> ListedAsync(PortalClient client, string page = "tickets", string query = "") =>
        ListedNumber().Matches(await client.GetStringAsync(page + query)).Select(m => long.Parse(m.Groups[1].Value)).ToList();

    /// <summary>The CSV export of a list page: header and rows.</summary>
    public static async Task<List<List<string>>> CsvAsync(PortalClient client, string page = "tickets", string query = "")
    {
        var response = await client.GetAsync(page + (query.Length == 0 ? "?" : query + "&") + "handler=Csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return CsvParser.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    public static async Task<string> DecodedAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
