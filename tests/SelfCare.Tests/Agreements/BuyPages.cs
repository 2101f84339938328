using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Tickets;

namespace SelfCare.Tests.Agreements;

/// <summary>The Buy more hours form as people use it: the block and a new card (review), then the confirmation's hidden fields (pay).</summary>
internal static partial class BuyPages
{
    public const string GoodCard = "4242424242424242";
    public const string DeclinedCard = "4000000000000002";

    [GeneratedRegex("<input type=\"hidden\"[^>]*?name=\"(Input\\.[A-Za-z]+)\"[^>]*?value=\"([^\"]*)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex("name=\"Input.Key\" value=\"([a-z]+)\"")]
    private static partial Regex KeyField();

    public static async Task<HttpResponseMessage> ReviewAsync(PortalClient client, Guid id, string hours, string card)
    {
        var page = await client.GetStringAsync($"agreements/{id}/buy");
        return await client.Http.PostAsync($"agreements/{id}/buy?handler=Review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TicketPages.TokenOf(page), ["Input.Key"] = KeyField().Match(page).Groups[1].Value,
            ["Input.Hours"] = hours, ["Input.Method"] = "card", ["Input.HolderName"] = "Dana Molar", ["Input.CardNumber"] = card,
            ["Input.ExpiryMonth"] = "12", ["Input.ExpiryYear"] = "2031", ["Input.Cvc"] = "123",
        }));
    }

    /// <summary>Reviews a purchase with a new card; returns the confirmation's fields, ready to post to the Pay handler.</summary>
    public static async Task<List<KeyValuePair<string, string>>> ConfirmFieldsAsync(PortalClient client, Guid id, string hours, string card)
    {
        var page = await TicketPages.DecodedAsync(await ReviewAsync(client, id, hours, card));
        Assert.True(page.Contains("Confirm your purchase"), Regex.Match(page, "role=\"alert\"[^>]*>(.*?)</div>", RegexOptions.Singleline).Value);
        Assert.DoesNotContain(card, page);
        return [.. Hidden().Matches(page).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))),
            new("__RequestVerificationToken", TicketPages.TokenOf(page))];
    }

    public static Task<HttpResponseMessage> PayAsync(PortalClient client, Guid id, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.Http.PostAsync($"agreements/{id}/buy?handler=Pay", new FormUrlEncodedContent(fields));

    /// <summary>403, or the sign-in flow's redirect to the access-denied page (how pages answer Forbid).</summary>
    public static bool Denied(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Forbidden || r.Headers.Location?.ToString().Contains("denied", StringComparison.OrdinalIgnoreCase) == true;

    public static string KeyOf(IEnumerable<KeyValuePair<string, string>> fields) => fields.Single(f => f.Key == "Input.Key").Value;
}
