using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Benchmarks.AccountDetails;

namespace SelfCare.Benchmarks.Tickets;

/// <summary>Outcome of the creation run: tickets opened, seconds, failures and the latency of each submission.</summary>
internal sealed record CreationResult(int Workers, int Created, int Failed, double Seconds, IReadOnlyList<double> Ms)
{
    public double PerSecond => Created / Seconds;
}

/// <summary>
/// Tickets opened through the real New form (antiforgery token, validation, numbering, the journal's first entry and the
/// support email in the outbox) by <see cref="Workers"/> concurrent posts of one signed-in customer for a fixed time.
/// </summary>
internal static partial class TicketCreation
{
    public const int Workers = 16;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<option value=\"([0-9a-fA-F-]{36})\"[^>]*>([A-Z]+-\\d+) &ndash;")]
    private static partial Regex AccountOption();

    public static async Task<CreationResult> RunAsync(PortalSession session, string accountNumber, TimeSpan duration)
    {
        var form = await session.Client.GetStringAsync("tickets/new");
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        var account = AccountOption().Matches(form).First(m => m.Groups[2].Value == accountNumber).Groups[1].Value;
        var times = new List<double>();
        var created = 0;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async worker =>
        {
            for (var i = 0; clock.Elapsed < duration; i++)
            {
                var fields = new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["Input.IdempotencyKey"] = Guid.NewGuid().ToString("N"), ["Input.AccountId"] = account,
                    ["Input.Category"] = "Technical", ["Input.Subject"] = $"Load ticket {worker}-{i}", ["Input.AboutKind"] = "account",
                    ["Input.Priority"] = "Normal", ["Input.Description"] = "Opened by the tickets benchmark.",
                };
                var one = Stopwatch.StartNew();
                using var response = await session.Client.PostAsync("tickets/new", new FormUrlEncodedContent(fields));
                var ms = one.Elapsed.TotalMilliseconds;
                lock (times)
                {
                    times.Add(ms);
                    if (response.StatusCode == HttpStatusCode.Redirect)
                        created++;
                    else
                        failed++;
                }
            }
        }));
        return new CreationResult(Workers, created, failed, clock.Elapsed.TotalSeconds, times);
    }
}
