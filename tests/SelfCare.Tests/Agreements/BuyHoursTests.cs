using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Purchases;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Jobs;
using SelfCare.Tests.Email;
using SelfCare.Tests.Infrastructure;
using SelfCare.Tests.Tickets;
using static SelfCare.Tests.Agreements.AgreementPages;
using static SelfCare.Tests.Agreements.BuyPages;

namespace SelfCare.Tests.Agreements;

/// <summary>
/// Buy more hours through Billing's payment flow, both providers: paid once (also 8 concurrent posts of one form), a decline credits
/// nothing and leaves no invoice, rights and scope, a payment left Pending settled by the job, and the request to staff with Billing off.
/// </summary>
public abstract class BuyHoursTests<TPortal>(TPortal portal) where TPortal : EmailPortalBase
{
    private Task<PortalClient> As(string email) =>
        portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(email, portal.DemoPassword);

    private async Task<(List<Purchase> Purchases, int PurchaseEntries)> LedgerAsync(Guid id)
    {
        await using var scope = portal.TenantScope(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<AgreementsDbContext>();
        return (await db.Purchases.AsNoTracking().Where(p => p.AgreementId == id).ToListAsync(),
            await db.Entries.CountAsync(e => e.AgreementId == id && e.Kind == LedgerEntryKind.Purchase));
    }

    private async Task<(List<Payment> Payments, List<Invoice> Invoices)> BillingAsync(string key)
    {
        await using var scope = portal.TenantScope(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        return (await db.Payments.AsNoTracking().Include(p => p.Allocations).Where(p => p.IdempotencyKey == PortalPurchases.PaidPrefix + key).ToListAsync(),
            await db.Invoices.AsNoTracking().Where(i => i.ExternalId == "purchase:" + PortalPurchases.PaidPrefix + key).ToListAsync());
    }

    private async Task<int> ReceiptsAsync(string invoiceNumber) =>
        (await portal.OutboxAsync(Tenant)).Count(m => m.Template == "payment-receipt" && m.TextBody.Contains(invoiceNumber));

    [Fact]
    public async Task A_block_paid_by_card_is_credited_once_with_an_invoice_and_a_receipt_and_a_repost_changes_nothing()
    {
        using var staff = await As(Staff);
        using var dental = await As(DentalAdmin);
        var id = await CreateAsync(staff, "MS-3100", "T-BUY-1");
        Assert.Contains("Buy more hours", await PageAsync(dental, $"agreements/{id}"));

        var fields = await ConfirmFieldsAsync(dental, id, "5", GoodCard);
        var paid = await PayAsync(dental, id, fields);
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PayAsync(dental, id, fields)).StatusCode); // double click: same purchase
        var page = await PageAsync(dental, $"agreements/{id}");
        Assert.Contains("Balance: <strong>5.00</strong> hours", page);

        var (purchases, entries) = await LedgerAsync(id);
        var purchase = Assert.Single(purchases);
        Assert.Equal((PurchaseStatus.Paid, 300, 600m, 1), (purchase.Status, purchase.Minutes, purchase.Amount, entries));
        var (payments, invoices) = await BillingAsync(KeyOf(fields));
        var invoice = Assert.Single(invoices);
        var payment = Assert.Single(payments);
        Assert.Equal((PaymentStatus.Succeeded, 600m, 600m), (payment.Status, payment.Amount, invoice.Amount));
        Assert.Equal(invoice.Id, Assert.Single(payment.Allocations).InvoiceId);
        Assert.Equal(invoice.Number, purchase.PaymentReference);
        Assert.Contains(invoice.Number, await PageAsync(dental, "bills")); // billing history shows the purchase
        Assert.Equal(1, await ReceiptsAsync(invoice.Number));
    }

    [Fact]
    public async Task Eight_concurrent_posts_of_one_form_charge_and_credit_once()
    {
        using var staff = await As(Staff);
        using var dental = await As(DentalAdmin);
        var id = await CreateAsync(staff, "MS-3100", "T-BUY-8");
        var fields = await ConfirmFieldsAsync(dental, id, "10", GoodCard);
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PayAsync(dental, id, fields)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        Assert.Contains("Balance: <strong>10.00</strong> hours", await PageAsync(dental, $"agreements/{id}"));
        var (purchases, entries) = await LedgerAsync(id);
        Assert.Equal(PurchaseStatus.Paid, Assert.Single(purchases).Status);
        Assert.Equal(1, entries);
        var (payments, invoices) = await BillingAsync(KeyOf(fields));
        Assert.Equal(PaymentStatus.Succeeded, Assert.Single(payments).Status);
        Assert.Equal(1, await ReceiptsAsync(Assert.Single(invoices).Number));
    }

    [Fact]
    public async Task A_declined_card_shows_the_gateways_message_credits_nothing_and_leaves_no_invoice()
    {
        using var staff = await As(Staff);
        using var dental = await As(DentalAdmin);
        var id = await CreateAsync(staff, "MS-3100", "T-BUY-DECL");
        var fields = await ConfirmFieldsAsync(dental, id, "5", DeclinedCard);
        var declined = await PayAsync(dental, id, fields);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Contains("The card was declined.", await TicketPages.DecodedAsync(declined));
        Assert.Equal(HttpStatusCode.OK, (await PayAsync(dental, id, fields)).StatusCode); // the same form again: the same answer, no new charge

        Assert.Contains("Balance: <strong>0.00</strong> hours", await PageAsync(dental, $"agreements/{id}"));
        var (purchases, entries) = await LedgerAsync(id);
        Assert.Equal((PurchaseStatus.Failed, "The card was declined.", 0), (Assert.Single(purchases).Status, purchases[0].FailureMessage, entries));
        var (payments, invoices) = await BillingAsync(KeyOf(fields));
        Assert.Equal(PaymentStatus.Failed, Assert.Single(payments).Status);
        Assert.Empty(invoices);
    }

    [Fact]
    public async Task Customer_users_may_not_buy_and_other_accounts_get_404()
    {
        using var staff = await As(Staff);
        using var frontDesk = await As(FrontDesk);
        using var harbor = await As(Harbor);
        var id = await CreateAsync(staff, "MS-3102", "T-BUY-RIGHTS");
        Assert.Contains("T-BUY-RIGHTS", await PageAsync(frontDesk, "agreements"));
        Assert.DoesNotContain("Buy more hours", await PageAsync(frontDesk, $"agreements/{id}"));
        Assert.True(Denied(await frontDesk.GetAsync($"agreements/{id}/buy")));
        Assert.Equal(HttpStatusCode.NotFound, (await harbor.GetAsync($"agreements/{id}/buy")).StatusCode);
        var form = new Dictionary<string, string> { ["Input.Hours"] = "5", ["Input.Method"] = "card", ["Input.Key"] = new string('a', 32) };
        foreach (var handler in new[] { "Review", "Pay", "Request" })
        {
            Assert.True(Denied(await frontDesk.PostFormAsync("agreements", form, $"agreements/{id}/buy?handler={handler}")), handler);
            Assert.Equal(HttpStatusCode.NotFound, (await harbor.PostFormAsync("agreements", form, $"agreements/{id}/buy?handler={handler}")).StatusCode);
        }
        Assert.Empty((await LedgerAsync(id)).Purchases);

        // Staff buy for the customer; a block size not on sale is refused with a message.
        var bad = await staff.PostFormAsync($"agreements/{id}/buy", new Dictionary<string, string>(form) { ["Input.Hours"] = "7" }, $"agreements/{id}/buy?handler=Review");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Choose one of the blocks.", await TicketPages.DecodedAsync(bad));
        Assert.Equal(HttpStatusCode.Redirect, (await PayAsync(staff, id, await ConfirmFieldsAsync(staff, id, "5", GoodCard))).StatusCode);
        Assert.Contains("Balance: <strong>5.00</strong> hours", await PageAsync(frontDesk, $"agreements/{id}"));
    }

    [Fact]
    public async Task A_payment_left_pending_is_credited_once_by_the_job_after_billing_reconciles_it()
    {
        using var staff = await As(Staff);
        using var dental = await As(DentalAdmin);
        var id = await CreateAsync(staff, "MS-3100", "T-BUY-PEND");
        var key = PortalPurchases.PaidPrefix + System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 32);
        // What a process stopped right after the gateway's approval leaves: the Pending purchase, the purchase's invoice, the Pending
        // payment with its charge record (10 minutes old), and the charge at the gateway.
        await using (var scope = portal.TenantScope(Tenant))
        {
            var sp = scope.ServiceProvider;
            var agreement = await sp.GetRequiredService<AgreementsDbContext>().Agreements.AsNoTracking().SingleAsync(a => a.Id == id);
            await sp.GetRequiredService<PurchaseLedger>().ClaimAsync(agreement, 300, 600m, key, DentalAdmin, null, null, default);
            var billing = sp.GetRequiredService<BillingDbContext>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var invoice = new Invoice
            {
                Id = Guid.NewGuid(), Number = "PUR-TEST" + key[^6..], ExternalId = "purchase:" + key, AccountId = agreement.AccountId, Currency = "USD",
                IssueDate = today, DueDate = today, PeriodStart = today, PeriodEnd = today, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                Charges = [new InvoiceCharge { Id = Guid.NewGuid(), Category = ChargeCategory.OneTime, Product = "Block of 5 hours", Quantity = 1, UnitPrice = 600m, Amount = 600m }],
            };
            invoice.Total();
            billing.Invoices.Add(invoice);
            var payment = new Payment
            {
                Id = Guid.NewGuid(), AccountId = agreement.AccountId, Amount = 600m, Currency = "USD", Date = today, Method = "Visa •••• 4242",
                Source = PaymentSource.Portal, IdempotencyKey = key, Status = PaymentStatus.Pending, CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                CreatedBy = DentalAdmin,
            };
            billing.Payments.Add(payment);
            billing.Add(new PortalCharge
            {
                PaymentId = payment.Id, AccountId = agreement.AccountId, Gateway = SandboxGateway.GatewayName, Total = 600m, InvoiceIds = PortalCharge.JoinIds([invoice.Id]),
            });
            await billing.SaveChangesAsync();
            var gateway = sp.GetRequiredService<PaymentGateways>().Current;
            var token = await gateway.TokenizeCardAsync(new CardDetails(GoodCard, 12, 2031, "123", "Dana Molar"));
            Assert.True((await gateway.ChargeAsync(new ChargeRequest(token.Token!, 600m, "USD", key))).Succeeded);
        }
        Assert.Contains("Payment processing", await PageAsync(dental, $"agreements/{id}"));
        await SettleAsync(); // Billing still has it Pending: nothing yet
        Assert.Equal(PurchaseStatus.Pending, Assert.Single((await LedgerAsync(id)).Purchases).Status);

        await RunAsync<PaymentReconcileJob>(PaymentReconcileJob.Name);
        await Task.WhenAll(SettleAsync(), SettleAsync());
        await SettleAsync();
        var (purchases, entries) = await LedgerAsync(id);
        Assert.Equal((PurchaseStatus.Paid, 1), (Assert.Single(purchases).Status, entries));
        Assert.Contains("Balance: <strong>5.00</strong> hours", await PageAsync(dental, $"agreements/{id}"));
    }

    private Task SettleAsync() => RunAsync<PurchaseSettleJob>(PurchaseSettleJob.Name);

    private async Task RunAsync<TJob>(string name) where TJob : ITenantJob
    {
        await using var scope = portal.TenantScope(Tenant);
        await scope.ServiceProvider.GetRequiredService<TJob>()
            .ExecuteAsync(new TenantJobContext(Tenant, name, DateTimeOffset.UtcNow, null, new Dictionary<string, string>()), default);
    }

    [Fact]
    public async Task With_billing_off_buying_is_a_request_that_staff_confirm_once()
    {
        using var admin = await As(Admin);
        using var staff = await As(Staff);
        using var dental = await As(DentalAdmin);
        var id = await CreateAsync(staff, "MS-3100", "T-BUY-REQ");
        await ToggleBillingAsync(admin, on: false);
        try
        {
            var form = await PageAsync(dental, $"agreements/{id}/buy");
            Assert.Contains("Request these hours", form);
            Assert.DoesNotContain("Card number", form);
            var sent = await dental.PostFormAsync($"agreements/{id}/buy", new Dictionary<string, string> { ["Input.Hours"] = "10" }, $"agreements/{id}/buy?handler=Request");
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            var page = await PageAsync(dental, $"agreements/{id}");
            Assert.Contains("Requested, awaiting staff", page);
            Assert.Contains("Balance: <strong>0.00</strong> hours", page);

            var purchase = Assert.Single((await LedgerAsync(id)).Purchases);
            Assert.True(Denied(await dental.PostFormAsync($"agreements/{id}", new Dictionary<string, string> { ["confirm"] = "true" },
                $"agreements/{id}?handler=Request&purchaseId={purchase.Id}")));
            for (var i = 0; i < 2; i++) // confirmed twice: credited once
                Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"agreements/{id}", new Dictionary<string, string> { ["confirm"] = "true" },
                    $"agreements/{id}?handler=Request&purchaseId={purchase.Id}")).StatusCode);
            Assert.Contains("Balance: <strong>10.00</strong> hours", await PageAsync(dental, $"agreements/{id}"));
            Assert.Equal(1, (await LedgerAsync(id)).PurchaseEntries);
        }
        finally
        {
            await ToggleBillingAsync(admin, on: true);
        }
    }

    private static async Task ToggleBillingAsync(PortalClient admin, bool on)
    {
        var response = await admin.PostFormAsync("admin/features", new Dictionary<string, string> { ["module"] = "Billing", ["confirmed"] = "true" },
            $"admin/features?handler={(on ? "Enable" : "Disable")}");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await TicketPages.DecodedAsync(response));
    }
}

public sealed class BuyHoursOnSqlite(EmailPortal portal) : BuyHoursTests<EmailPortal>(portal), IClassFixture<EmailPortal>;

public sealed class BuyHoursOnPostgres(EmailPostgresPortal portal) : BuyHoursTests<EmailPostgresPortal>(portal), IClassFixture<EmailPostgresPortal>;
