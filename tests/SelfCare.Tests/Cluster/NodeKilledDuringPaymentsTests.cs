using System.Net;
using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Email;
using SelfCare.Tests.Billing;
using SelfCare.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SelfCare.Tests.Cluster;

/// <summary>
/// Make a Payment posts are in flight on node A when it is killed (SIGKILL). Node B's reconciliation finishes what A left
/// Pending from the gateway's own record: every payment is charged at most once, every charge has its one completed
/// payment and one receipt, every payment the customer was told succeeded did, and nothing stays Pending.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NodeKilledDuringPaymentsTests(ClusterFixture fixture, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private const int Payments = 40;

    [Fact]
    public async Task Payments_in_flight_on_a_killed_node_are_charged_once_and_none_is_lost()
    {
        var cluster = fixture.Cluster;
        var cookies = new CookieContainer();
        using var a = cluster.Client("a", cookies);
        await a.LoggedInAsync(Demo.BluegrassAdmin, LoopbackCluster.DemoPassword);
        var account = await ClusterDb.AccountIdAsync(cluster.TenantDatabase, "AC-100100");
        await ClusterDb.InvoiceAsync(cluster.TenantDatabase, account, 100_000m);
        int receiptsBefore;
        await using (var db = ClusterDb.Billing(cluster.TenantDatabase))
            receiptsBefore = await db.Set<OutboxMessage>().CountAsync(m => m.Template == PaymentReceiptEmail.Name);

        // Reviewed one by one; then every confirmation is posted at once to A, which is killed at the first answer.
        var forms = new List<List<KeyValuePair<string, string>>>();
        for (var i = 0; i < Payments; i++)
        {
            var review = await PaymentsSetup.ReviewAsync(a, account, ClusterSessionTests.NewCard($"{10 + i}.25"));
            Assert.True(review.Contains("Confirm your payment"), PaymentsSetup.Messages(review));
            forms.Add(PaymentsSetup.ConfirmFields(review));
        }
        var keys = forms.Select(f => f.Single(p => p.Key == "Confirm.IdempotencyKey").Value).ToList();
        var first = new TaskCompletionSource();
        var posts = forms.Select(async form =>
        {
            try
            {
                var response = await PaymentsSetup.PayAsync(a, form);
                first.TrySetResult();
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                return (HttpStatusCode)0;
            }
        }).ToList();
        await first.Task.WaitAsync(TimeSpan.FromSeconds(60));
        cluster.A.Kill();
        var answers = await Task.WhenAll(posts);
        var told = keys.Where((_, i) => answers[i] == HttpStatusCode.Redirect).ToHashSet();
        output.WriteLine($"Node A killed: {told.Count} of {Payments} payments answered as done, the others: " +
            string.Join(", ", answers.Where(s => s != HttpStatusCode.Redirect).GroupBy(s => (int)s).Select(g => $"{g.Count()}x {g.Key}")));
        Assert.True(told.Count < Payments, "Every payment finished before the node was killed: nothing was in flight.");

        // B reconciles (grace 3 s, every 2 s); A's own jobs move to B once its check-ins stop.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        List<Payment> payments;
        while (true)
        {
            await using var db = ClusterDb.Billing(cluster.TenantDatabase);
            payments = await db.Payments.AsNoTracking().Where(p => p.IdempotencyKey != null && keys.Contains(p.IdempotencyKey)).ToListAsync();
            if (payments.All(p => p.Status != PaymentStatus.Pending))
                break;
            Assert.True(DateTime.UtcNow < deadline, $"{payments.Count(p => p.Status == PaymentStatus.Pending)} payments still Pending." + Environment.NewLine + cluster.B.Tail());
            await Task.Delay(500);
        }

        await using (var db = ClusterDb.Billing(cluster.TenantDatabase))
        {
            var charges = await db.Set<SandboxCharge>().AsNoTracking().Where(c => keys.Contains(c.IdempotencyKey)).ToListAsync();
            var charged = charges.Where(c => c.TransactionId != null).ToDictionary(c => c.IdempotencyKey);
            var succeeded = payments.Where(p => p.Status == PaymentStatus.Succeeded).ToList();
            var receipts = await db.Set<OutboxMessage>().CountAsync(m => m.Template == PaymentReceiptEmail.Name) - receiptsBefore;
            output.WriteLine($"{payments.Count} payment rows: {succeeded.Count} succeeded, {payments.Count - succeeded.Count} failed; " +
                $"{charged.Count} charges at the gateway; {receipts} receipts");

            Assert.All(payments.GroupBy(p => p.IdempotencyKey), g => Assert.Single(g));
            Assert.All(told, key => Assert.Contains(succeeded, p => p.IdempotencyKey == key));
            Assert.Equal(charged.Keys.Order(), succeeded.Select(p => p.IdempotencyKey!).Order());
            var totals = await db.Set<PortalCharge>().AsNoTracking().Where(c => succeeded.Select(p => p.Id).Contains(c.PaymentId))
                .ToDictionaryAsync(c => c.PaymentId, c => c.Total);
            Assert.All(succeeded, p => Assert.Equal(totals[p.Id], charged[p.IdempotencyKey!].Amount));
            Assert.Equal(succeeded.Count, receipts);
        }

        // The site stays up through nginx: the dead node is skipped.
        using var anyNode = cluster.Client(null, cookies);
        var bills = await anyNode.GetAsync("bills");
        Assert.Equal(HttpStatusCode.OK, bills.StatusCode);
    }
}
