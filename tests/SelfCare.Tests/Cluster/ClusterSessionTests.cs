using System.Net;
using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Payments;
using SelfCare.Tests.Billing;
using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.Cluster;

/// <summary>
/// Two nodes behind nginx: a session started on one node goes on on the other (shared data-protection keys: the
/// cookie, the antiforgery token and the protected payment method all cross), and a recurring job fires once per
/// schedule across both nodes (clustered Quartz store).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterSessionTests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private LoopbackCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task A_login_on_node_a_continues_on_node_b_with_the_same_cookie_and_form_token()
    {
        var cookies = new CookieContainer();
        using var a = Cluster.Client("a", cookies);
        using var b = Cluster.Client("b", cookies);

        var login = await a.LoginAsync(Demo.BluegrassAdmin, LoopbackCluster.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        AssertServedBy(login, Cluster.A);

        var summary = await b.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        AssertServedBy(summary, Cluster.B);
        Assert.Contains("logout", await summary.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        // The review step (form token and the tokenized card, both protected) on A; the payment posted to B.
        var account = await ClusterDb.AccountIdAsync(Cluster.TenantDatabase, "AC-100100");
        await ClusterDb.InvoiceAsync(Cluster.TenantDatabase, account, 250m);
        var review = await PaymentsSetup.ReviewAsync(a, account, NewCard("12.34"));
        Assert.True(review.Contains("Confirm your payment"), PaymentsSetup.Messages(review));
        var pay = await PaymentsSetup.PayAsync(b, PaymentsSetup.ConfirmFields(review));
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        AssertServedBy(pay, Cluster.B);

        var receipt = await a.GetAsync(pay.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Contains("12.34", await receipt.Content.ReadAsStringAsync());
        AssertServedBy(receipt, Cluster.A);
    }

    [Fact]
    public async Task A_recurring_job_fires_once_per_schedule_across_both_nodes()
    {
        // Payment reconciliation is set to every 2 seconds on both nodes; watch 16 seconds of it.
        var from = Math.Max(fixture.ReadyAt.AddSeconds(3).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var until = DateTimeOffset.FromUnixTimeMilliseconds(from + 16_000);
        await Task.Delay(until - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));

        await using var db = ClusterDb.Jobs(Cluster.TenantDatabase);
        var runs = await db.Executions.AsNoTracking()
            .Where(e => e.Key == PaymentReconcileJob.Name && e.StartedAtMs >= from && e.StartedAtMs <= until.ToUnixTimeMilliseconds())
            .OrderBy(e => e.StartedAtMs).ToListAsync();
        output.WriteLine(string.Join(Environment.NewLine, runs.Select(r => $"{DateTimeOffset.FromUnixTimeMilliseconds(r.StartedAtMs):HH:mm:ss.fff} {r.Node} {r.Outcome}")));

        Assert.InRange(runs.Count, 7, 9);
        // A second node firing the same schedule would start within milliseconds of the first.
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.True(pair.Second.StartedAtMs - pair.First.StartedAtMs > 1000,
            $"Two runs {pair.Second.StartedAtMs - pair.First.StartedAtMs} ms apart"));
        Assert.All(runs, r => Assert.Equal("Succeeded", r.Outcome));
    }

    internal static Dictionary<string, string> NewCard(string amount) => new()
    {
        ["Input.Mode"] = "Amount", ["Input.Amount"] = amount, ["Input.Method"] = "card", ["Input.HolderName"] = "Pat Doe",
        ["Input.CardNumber"] = "4242424242424242", ["Input.ExpiryMonth"] = "12", ["Input.ExpiryYear"] = "2031", ["Input.Cvc"] = "123",
        ["Input.Save"] = "false",
    };

    private static void AssertServedBy(HttpResponseMessage response, Reports.HostNode node) =>
        Assert.Equal($"127.0.0.1:{node.Port}", response.Headers.TryGetValues("X-Upstream", out var values) ? values.Single() : "");
}
