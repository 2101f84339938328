using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Tickets;

namespace SelfCare.Tests.HelpDesk;

/// <summary>Uses the help-desk pages as people do: Admin > Help desk, the Support request forms, the panel's staff forms.</summary>
internal static class HelpDeskPages
{
    public const string Tenant = "accelerando";
    public const string Admin = "admin@accelerando.example";
    public const string Staff = "tech@accelerando.example";
    public const string DentalAdmin = "office@mainstreetdental.example";
    public const string FrontDesk = "frontdesk@mainstreetdental.example";
    public const string Harbor = "gm@harborpoint.example";

    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static DayOfWeek TodayInNewYork =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DayOfWeek;

    /// <summary>The settings form's fields with default targets and the given hours (null: closed).</summary>
    public static Dictionary<string, string> Settings(Func<DayOfWeek, (string Opens, string Closes)?> hours, int queueLimit = 5)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.TimeZone"] = "America/New_York", ["Input.EmergencyPhone"] = "(888) 899-1911", ["Input.QueueLimit"] = queueLimit.ToString(),
            ["Input.EmergencyResponseHours"] = "1", ["Input.EmergencyResolutionHours"] = "8", ["Input.HelpDeskResponseHours"] = "4",
            ["Input.HelpDeskResolutionHours"] = "16", ["Input.ProfessionalResponseHours"] = "8", ["Input.ProfessionalResolutionHours"] = "40",
        };
        for (var i = 0; i < 7; i++)
        {
            fields[$"Input.Days[{i}].Day"] = Week[i].ToString();
            var h = hours(Week[i]);
            fields[$"Input.Days[{i}].Opens"] = h?.Opens ?? "";
            fields[$"Input.Days[{i}].Closes"] = h?.Closes ?? "";
        }
        return fields;
    }

    /// <summary>Closed now: open only on a weekday three days from today (New York).</summary>
    public static Task<HttpResponseMessage> CloseNowAsync(PortalClient admin) =>
        admin.PostFormAsync("admin/helpdesk", Settings(d => d == (DayOfWeek)(((int)TodayInNewYork + 3) % 7) ? ("08:00", "17:00") : null));

    /// <summary>Open now: every day around the clock (but the last minute).</summary>
    public static Task<HttpResponseMessage> OpenNowAsync(PortalClient admin, int queueLimit = 5) =>
        admin.PostFormAsync("admin/helpdesk", Settings(_ => ("00:00", "23:59"), queueLimit));

    public static async Task<string> AccountIdAsync(PortalClient client, string number, string page = "support/new") =>
        Regex.Matches(await client.GetStringAsync(page), "<option value=\"([0-9a-f-]{36})\"[^>]*>([A-Z]+-\\d+) &ndash;")
            .Single(m => m.Groups[2].Value == number).Groups[1].Value;

    /// <summary>Opens a ticket through Tickets' own New form (not the Support pages); returns its number.</summary>
    public static async Task<long> TicketAsync(PortalClient client, string account, string subject) =>
        NumberOf(await TicketPages.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.AccountId"] = await AccountIdAsync(client, account, "tickets/new"), ["Input.Category"] = "Technical", ["Input.Subject"] = subject,
            ["Input.Priority"] = "High", ["Input.Description"] = $"Details of {subject}", ["Input.AboutKind"] = "account",
        }));

    /// <summary>Submits the request form; returns the response (a redirect to the ticket when accepted).</summary>
    public static async Task<HttpResponseMessage> RequestAsync(PortalClient client, string tier, string account, string subject,
        Dictionary<string, string>? extra = null)
    {
        var page = await client.GetStringAsync($"support/new?tier={tier}");
        var fields = new Dictionary<string, string>(extra ?? [])
        {
            ["__RequestVerificationToken"] = TicketPages.TokenOf(page), ["Input.Tier"] = tier,
            ["Input.IdempotencyKey"] = TicketPages.HiddenValue(page, "Input.IdempotencyKey"),
            ["Input.AccountId"] = await AccountIdAsync(client, account), ["Input.Subject"] = subject, ["Input.Description"] = $"Details of {subject}",
        };
        return await client.Http.PostAsync("support/new", new FormUrlEncodedContent(fields));
    }

    public static long NumberOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    /// <summary>Posts one of the panel's staff forms (Redirect, Schedule) with the token of Ticket Details.</summary>
    public static async Task<HttpResponseMessage> ManageAsync(PortalClient client, long number, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetAsync($"tickets/{number}");
        var token = page.IsSuccessStatusCode ? TicketPages.TokenOf(await page.Content.ReadAsStringAsync()) : "";
        var content = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return await client.Http.PostAsync($"support/manage/{number}?handler={handler}", new FormUrlEncodedContent(content));
    }

    public static async Task<string> PageAsync(PortalClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
