using System.Net;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Tickets;

namespace SelfCare.Tests.Agreements;

/// <summary>Uses the agreements pages as people do: staff's agreement form and staff forms, the ticket panel's Log time form.</summary>
internal static class AgreementPages
{
    public const string Tenant = "accelerando";
    public const string Admin = "admin@accelerando.example";
    public const string Staff = "tech@accelerando.example";
    public const string DentalAdmin = "office@mainstreetdental.example"; // MS-3100 and its children
    public const string FrontDesk = "frontdesk@mainstreetdental.example"; // MS-3102 only
    public const string Harbor = "gm@harborpoint.example"; // MS-4200

    public static async Task<string> AccountIdAsync(PortalClient staff, string number)
    {
        var page = await staff.GetStringAsync("agreements/edit");
        return System.Text.RegularExpressions.Regex.Matches(page, "<option value=\"([0-9a-f-]{36})\"[^>]*>([A-Z]+-\\d+) &ndash;")
            .Single(m => m.Groups[2].Value == number).Groups[1].Value;
    }

    /// <summary>Creates an agreement through the staff form; returns its id.</summary>
    public static async Task<Guid> CreateAsync(PortalClient staff, string account, string number, Dictionary<string, string>? extra = null)
    {
        var fields = Fields(await AccountIdAsync(staff, account), number, extra);
        var response = await PostAgreementAsync(staff, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await TicketPages.DecodedAsync(response));
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static Dictionary<string, string> Fields(string accountId, string number, Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.AccountId"] = accountId, ["Input.Number"] = number, ["Input.Title"] = $"Pre-paid support {number}", ["Input.Type"] = "BlockHours",
            ["Input.StartDate"] = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM-dd"), ["Input.AfterHoursMultiplier"] = "1.5",
            ["Input.IncludedMonthlyHours"] = "0", ["Input.CarryOverMonths"] = "0", ["Input.BlockValidityMonths"] = "12",
            ["Input.BlockPricePerHour"] = "120", ["Input.LowBalanceHours"] = "2", ["Input.EmergencyDrawsRetainer"] = "true",
            ["Input.HelpDeskRate"] = "95", ["Input.ProfessionalRate"] = "125", ["Input.EmergencyRate"] = "175",
        };
        foreach (var (k, v) in extra ?? [])
            fields[k] = v;
        return fields;
    }

    /// <summary>Posts the form's fields plus every tier checked (a repeated field the dictionary cannot hold).</summary>
    public static async Task<HttpResponseMessage> PostAgreementAsync(PortalClient staff, Dictionary<string, string> fields, string page = "agreements/edit")
    {
        var html = await staff.GetStringAsync(page);
        var pairs = fields.ToList();
        pairs.Add(new("__RequestVerificationToken", TicketPages.TokenOf(html)));
        foreach (var tier in new[] { "Emergency", "HelpDesk", "ProfessionalServices" })
            pairs.Add(new("Input.Tiers", tier));
        return await staff.Http.PostAsync(page, new FormUrlEncodedContent(pairs));
    }

    /// <summary>Staff record a paid purchase on the agreement's page.</summary>
    public static Task<HttpResponseMessage> RecordPurchaseAsync(PortalClient staff, Guid id, string hours, string amount) =>
        staff.PostFormAsync($"agreements/{id}", new Dictionary<string, string>
        {
            ["purchaseHours"] = hours, ["amount"] = amount, ["reference"] = "Check 1001", ["key"] = Guid.NewGuid().ToString("N"),
        }, $"agreements/{id}?handler=Purchase");

    /// <summary>Staff log time from the ticket's panel (token from Ticket Details).</summary>
    public static Task<HttpResponseMessage> LogTimeAsync(PortalClient staff, long ticket, string hours, Guid? agreement, string? key = null) =>
        staff.PostFormAsync($"tickets/{ticket}", new Dictionary<string, string>
        {
            ["hours"] = hours, ["tier"] = "HelpDesk", ["agreementId"] = agreement?.ToString() ?? "", ["key"] = key ?? Guid.NewGuid().ToString("N"),
        }, $"agreements/time/{ticket}");

    public static async Task<string> PageAsync(PortalClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
