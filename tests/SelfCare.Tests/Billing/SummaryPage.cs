using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Billing.Summary;

namespace SelfCare.Tests.Billing;

/// <summary>Reads the billing boxes of the Summary page ("/") as text.</summary>
internal static partial class SummaryPage
{
    [GeneratedRegex("<dd class=\"figure-([a-z-]+)[^\"]*\">([^<]*)</dd>")]
    private static partial Regex Figure();

    [GeneratedRegex("<th scope=\"row\"><a href=\"[^\"]*/bills\\?account=([0-9a-f-]{36})\">([^<]+)</a></th>\\s*<td>[^<]*</td>\\s*<td class=\"num\">([^<]+)</td>")]
    private static partial Regex BalanceRow();

    [GeneratedRegex("<tr><th scope=\"row\">([A-Za-z]+ \\d{4})</th><td class=\"num\">([^<]+)</td><td class=\"num\">([^<]+)</td></tr>")]
    private static partial Regex MonthRow();

    [GeneratedRegex("<section class=\"panel widget-wide widget-billing-activity\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex ActivitySection();

    [GeneratedRegex("<td>(AC-\\d+)</td>")]
    private static partial Regex AccountCell();

    public static Dictionary<string, string> Figures(string html) =>
        Figure().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    /// <summary>Account number → (id, balance text) of the "Account balances" box.</summary>
    public static Dictionary<string, (Guid Id, string Balance)> Balances(string html) =>
        BalanceRow().Matches(html).ToDictionary(m => m.Groups[2].Value, m => (Guid.Parse(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[3].Value)));

    /// <summary>"March 2026" → (billed, paid) from the chart's table.</summary>
    public static Dictionary<string, (string Billed, string Paid)> Months(string html) =>
        MonthRow().Matches(html).ToDictionary(m => m.Groups[1].Value, m => (WebUtility.HtmlDecode(m.Groups[2].Value), WebUtility.HtmlDecode(m.Groups[3].Value)));

    public static HashSet<string> ActivityAccounts(string html) =>
        [.. AccountCell().Matches(ActivitySection().Match(html).Value).Select(m => m.Groups[1].Value)];

    public static string Usd(decimal amount) => Money.Format(amount, "USD");
}
