using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Data;
using SelfCare.Billing.Payments;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Billing.PaymentsSetup;

namespace SelfCare.Tests.Billing;

/// <summary>
/// Make a Payment end to end, on SQLite and PostgreSQL: one payment per idempotency key, refusals with their messages,
/// allocation and receipt, saved methods, ACH authorization, account scope, and no card data at rest.
/// Rights: every role pays within its accounts; customer users cannot save methods or change the default.
/// </summary>
public abstract class PaymentsTests(PortalFactory portal)
{
    private async Task<PortalClient> LoginAsync(string email)
    {
        await EnableBillingAsync(portal);
        return await portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(email, portal.DemoPassword);
    }

    /// <summary>As Razor encodes text.</summary>
    private static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("&#39;", "&#x27;");

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task Twenty_concurrent_submissions_with_one_key_make_one_payment_and_one_receipt()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        await InvoiceAsync(portal, "AC-100103", Unique("PAYC"), 500m);
        var method = await SavedCardAsync(portal, "AC-100103", "4242424242424242");
        var account = await AccountIdAsync(portal, "AC-100103");
        var (token, key) = await FormAsync(lexington, account);
        var receipts = await ReceiptsAsync(portal);
        List<KeyValuePair<string, string>> Fields(string amount) =>
        [
            new("Confirm.AccountId", account.ToString()), new("Confirm.Amount", amount), new("Confirm.SavedMethodId", method.ToString()),
            new("Confirm.IdempotencyKey", key), new("__RequestVerificationToken", token),
        ];

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PayAsync(lexington, Fields("120.00"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.ToString()).Distinct());
        var payment = Assert.Single((await PaymentsAsync(portal, "AC-100103")).Where(p => p.IdempotencyKey == key));
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
        Assert.Equal(120m, payment.Amount);
        Assert.Equal(PaymentSource.Portal, payment.Source);
        Assert.Equal(receipts + 1, await ReceiptsAsync(portal));

        var other = await PayAsync(lexington, Fields("130.00"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("This payment was already submitted with a different amount or account.", await other.Content.ReadAsStringAsync());
        Assert.Single((await PaymentsAsync(portal, "AC-100103")).Where(p => p.IdempotencyKey == key));
        Assert.Equal(receipts + 1, await ReceiptsAsync(portal));
    }

    [Fact]
    public async Task Each_bad_input_gives_its_message_and_nothing_is_paid()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        await InvoiceAsync(portal, "AC-100102", Unique("PAYB"), 300m);
        var account = await AccountIdAsync(portal, "AC-100102");
        Dictionary<string, string> Card(string amount, string number, int month = 12, int year = 2030, string cvc = "846") => new()
        {
            ["Input.Mode"] = "Amount", ["Input.Amount"] = amount, ["Input.Method"] = "card", ["Input.HolderName"] = "Pat Doe",
            ["Input.CardNumber"] = number, ["Input.ExpiryMonth"] = month.ToString(), ["Input.ExpiryYear"] = year.ToString(), ["Input.Cvc"] = cvc,
        };
        async Task Refused(Dictionary<string, string> fields, string message)
        {
            var page = await ReviewAsync(lexington, account, fields);
            Assert.True(page.Contains(Encode(message)), message + " / " + Messages(page));
            Assert.DoesNotContain("Confirm your payment", page);
            if (fields.TryGetValue("Input.CardNumber", out var number))
                Assert.DoesNotContain(number, page);
            if (fields.TryGetValue("Input.BankAccountNumber", out var bank))
                Assert.DoesNotContain(bank, page);
        }

        await Refused(Card("0", "4242424242424242"), "Enter an amount greater than zero.");
        await Refused(Card("-5", "4242424242424242"), "Enter an amount greater than zero.");
        await Refused(Card("10.005", "4242424242424242"), "Enter the amount in dollars and cents (at most two decimals).");
        await Refused(Card("100000", "4242424242424242"), "The amount is more than the account's balance of $");
        await Refused(Card("10", "4242424242424242", 1, 2020), "The card has expired.");
        await Refused(Card("10", "4242424242424241"), "The card number is not valid.");
        await Refused(Card("10", "4242424242424242", cvc: "12"), "Enter the card's 3-digit security code.");
        await Refused(new Dictionary<string, string>
        {
            ["Input.Mode"] = "Amount", ["Input.Amount"] = "10", ["Input.Method"] = "ach", ["Input.HolderName"] = "Pat Doe",
            ["Input.RoutingNumber"] = "123456789", ["Input.BankAccountNumber"] = "000123456789", ["Input.BankAccountType"] = "0",
        }, "The routing number is not a valid US bank routing number (9 digits).");

        foreach (var (number, message) in new[]
        {
            ("4000000000000002", "The card was declined."),
            ("4000000000009995", "The card has insufficient funds."),
            ("4000000000000069", "The card has expired."),
        })
        {
            var response = await PayByNewCardAsync(lexington, account, "25.00", number, "846");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.True(page.Contains(Encode(message)), message + " / " + Messages(page));
            Assert.DoesNotContain(number, page);
        }
        Assert.DoesNotContain(await PaymentsAsync(portal, "AC-100102"), p => p.Status == PaymentStatus.Succeeded && p.Source == PaymentSource.Portal);
    }

    [Fact]
    public async Task A_card_payment_pays_chosen_invoices_or_oldest_first_saves_the_card_and_sends_a_receipt_each()
    {
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        var older = await InvoiceAsync(portal, "AC-100100", Unique("PAYO"), 100m, dueInDays: 5);
        var account = await AccountIdAsync(portal, "AC-100100");
        var receipts = await ReceiptsAsync(portal);

        var page = await ReviewAsync(admin, account, new Dictionary<string, string>
        {
            ["Input.Mode"] = "Invoices", ["Input.InvoiceIds"] = older.ToString(), ["Input.Method"] = "card", ["Input.HolderName"] = "Pat Doe",
            ["Input.CardNumber"] = "5555 5555 5555 4444", ["Input.ExpiryMonth"] = "12", ["Input.ExpiryYear"] = "2030", ["Input.Cvc"] = "846",
            ["Input.Save"] = "true",
        });
        Assert.DoesNotContain("5555 5555 5555 4444", page);
        var chosen = await PayAsync(admin, ConfirmFields(page));
        Assert.True(chosen.StatusCode == HttpStatusCode.Redirect, Messages(await chosen.Content.ReadAsStringAsync()));
        Assert.Equal(100m, Assert.Single(Assert.Single(await PaymentsAsync(portal, "AC-100100"), p => p.Amount == 100m && p.Source == PaymentSource.Portal).Allocations).Amount);

        PayableInvoice oldest;
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
            oldest = (await scope.ServiceProvider.GetRequiredService<PayableQuery>().FindAsync(account, default))!.OpenInvoices[0];
        var paid = await PayByNewCardAsync(admin, account, "150.00", "5555 5555 5555 4444", "846");

        Assert.True(paid.StatusCode == HttpStatusCode.Redirect, Messages(await paid.Content.ReadAsStringAsync()));
        var receipt = await admin.GetStringAsync(paid.Headers.Location!.ToString().Replace($"/{Tenant}/", ""));
        Assert.Contains("Payment received.", receipt);
        Assert.Contains("Mastercard •••• 4444", System.Net.WebUtility.HtmlDecode(receipt));
        var payment = Assert.Single(await PaymentsAsync(portal, "AC-100100"), p => p.Amount == 150m && p.Source == PaymentSource.Portal);
        Assert.Equal(Math.Min(150m, oldest.Balance), payment.Allocations.Single(a => a.InvoiceId == oldest.Id).Amount);
        Assert.Equal(150m, payment.Allocations.Sum(a => a.Amount));
        Assert.Equal(receipts + 2, await ReceiptsAsync(portal));

        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
        {
            var saved = await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<SavedPaymentMethod>()
                .SingleAsync(m => m.AccountId == account && m.Last4 == "4444");
            Assert.True(saved.IsDefault);
            Assert.Equal(12, saved.ExpiryMonth);
            Assert.Equal(2030, saved.ExpiryYear);
            Assert.DoesNotContain("5555", saved.Token);
        }
        var form = await admin.GetStringAsync($"bills/pay?account={account}");
        Assert.Contains("Mastercard •••• 4444", System.Net.WebUtility.HtmlDecode(form));

        var history = await admin.GetStringAsync("bills/payments");
        Assert.Contains("$150.00", history);
        var csv = await admin.GetAsync($"bills/payments?handler=Csv&account={account}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("150", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_ach_payment_needs_the_authorization_and_records_who_when_what_and_where()
    {
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        await InvoiceAsync(portal, "AC-100101", Unique("PAYA"), 80m);
        var account = await AccountIdAsync(portal, "AC-100101");
        var page = await ReviewAsync(admin, account, new Dictionary<string, string>
        {
            ["Input.Mode"] = "Amount", ["Input.Amount"] = "20.00", ["Input.Method"] = "ach", ["Input.HolderName"] = "Bluegrass Health",
            ["Input.RoutingNumber"] = "011000015", ["Input.BankAccountNumber"] = "000123456789", ["Input.BankAccountType"] = "0",
        });
        Assert.DoesNotContain("000123456789", page);
        Assert.Contains("account ending 6789", page);

        var unauthorized = await PayAsync(admin, ConfirmFields(page));
        Assert.True(unauthorized.StatusCode == HttpStatusCode.OK, await unauthorized.Content.ReadAsStringAsync());
        Assert.Contains("Tick the box to authorize the debit from your bank account.", await unauthorized.Content.ReadAsStringAsync());
        var paid = await PayAsync(admin, ConfirmFields(page, achAuthorized: true));
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);

        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var payment = await db.Payments.SingleAsync(p => p.AccountId == account && p.Amount == 20m && p.Method == "ACH •••• 6789");
        var authorization = await db.Set<AchAuthorization>().SingleAsync(a => a.PaymentId == payment.Id);
        Assert.Equal(Demo.BluegrassAdmin, authorization.AuthorizedBy);
        Assert.Contains("to debit $20.00 once from the checking account ending 6789 (routing number ending 0015)", authorization.Text);
        Assert.True(authorization.AuthorizedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task A_child_account_user_cannot_pay_see_or_use_another_accounts_invoices_and_methods()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        await InvoiceAsync(portal, "AC-100101", Unique("PAYS"), 90m);
        var sibling = await AccountIdAsync(portal, "AC-100101");
        var own = await AccountIdAsync(portal, "AC-100102");
        var siblingCard = await SavedCardAsync(portal, "AC-100101", "6011111111111117");

        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync($"bills/pay?account={sibling}")).StatusCode);
        var paid = await PayByNewCardAsync(admin, sibling, "10.00", "4242424242424242", "846");
        var receiptUrl = paid.Headers.Location!.ToString().Replace($"/{Tenant}/", "");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(receiptUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lexington.GetAsync(receiptUrl)).StatusCode);
        Assert.DoesNotContain("$10.00", await lexington.GetStringAsync("bills/payments"));
        Assert.DoesNotContain("Discover •••• 1117", WebUtility.HtmlDecode(await lexington.GetStringAsync($"bills/pay?account={own}")));

        var (token, key) = await FormAsync(lexington, own);
        var before = (await PaymentsAsync(portal, "AC-100101")).Count;
        var onSibling = await PayAsync(lexington, [
            new("Confirm.AccountId", sibling.ToString()), new("Confirm.Amount", "5.00"), new("Confirm.SavedMethodId", siblingCard.ToString()),
            new("Confirm.IdempotencyKey", key), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, onSibling.StatusCode);
        await InvoiceAsync(portal, "AC-100102", Unique("PAYS"), 40m);
        var withSiblingCard = await PayAsync(lexington, [
            new("Confirm.AccountId", own.ToString()), new("Confirm.Amount", "5.00"), new("Confirm.SavedMethodId", siblingCard.ToString()),
            new("Confirm.IdempotencyKey", key), new("__RequestVerificationToken", token)]);
        Assert.Contains("This payment form has expired.", await withSiblingCard.Content.ReadAsStringAsync());
        Assert.Equal(before, (await PaymentsAsync(portal, "AC-100101")).Count);
        Assert.DoesNotContain(await PaymentsAsync(portal, "AC-100102"), p => p.IdempotencyKey == key);
    }

    [Fact]
    public async Task A_customer_user_cannot_save_a_method_and_only_tenant_admins_change_the_settings()
    {
        using var lexington = await LoginAsync(Demo.LexingtonUser);
        var account = await AccountIdAsync(portal, "AC-100103");
        var form = await lexington.GetStringAsync($"bills/pay?account={account}");
        Assert.DoesNotContain("Save for future payments", form);
        Assert.Equal(HttpStatusCode.Redirect, (await lexington.GetAsync("admin/billing")).StatusCode);
        using var admin = await LoginAsync(Demo.AccelecomAdmin);
        Assert.Contains("Card processing fee", await admin.GetStringAsync("admin/billing"));
        var invalid = await admin.PostFormAsync("admin/billing", new Dictionary<string, string>
        {
            ["Input.OfferCards"] = "false", ["Input.OfferAch"] = "false", ["Input.CardFeePercent"] = "0", ["Input.CardFeeFlat"] = "0",
        });
        Assert.Contains("Offer at least one payment method.", await invalid.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task After_card_payments_no_card_number_or_security_code_is_in_the_database_logs_or_outbox()
    {
        using var admin = await LoginAsync(Demo.BluegrassAdmin);
        await InvoiceAsync(portal, "AC-100101", Unique("PAYX"), 900m);
        var account = await AccountIdAsync(portal, "AC-100101");
        var cards = new[] { ("4242424242424242", "846"), ("378282246310005", "9274"), ("6011111111111117", "846"), ("4000000000000002", "846") };
        foreach (var (number, cvc) in cards)
            await PayByNewCardAsync(admin, account, "11.00", number, cvc, save: true);
        await ReviewAsync(admin, account, new Dictionary<string, string>
        {
            ["Input.Mode"] = "Amount", ["Input.Amount"] = "11.00", ["Input.Method"] = "card", ["Input.HolderName"] = "Pat Doe",
            ["Input.CardNumber"] = "4242424242424242", ["Input.ExpiryMonth"] = "1", ["Input.ExpiryYear"] = "2020", ["Input.Cvc"] = "846",
        });

        var values = await PaymentsDataScan.TextValuesAsync(portal, Tenant);
        Assert.Contains(values, v => v.Table == "payment_methods");
        Assert.Empty(values.SelectMany(v => PaymentsDataScan.CardNumbers(v.Value).Select(n => $"{v.Table}: {n}")));
        // The tables a payment writes besides the ledger (whose demo amounts may read like any 3-digit code).
        var payments = new[] { "payment_methods", "portal_charges", "ach_authorizations" };
        Assert.DoesNotContain(values, v => payments.Contains(v.Table) && (PaymentsDataScan.HasStandalone(v.Value, "846") || PaymentsDataScan.HasStandalone(v.Value, "9274")));

        var mail = Path.Combine(portal.DataRoot, "mail", Tenant);
        for (var i = 0; i < 100 && !(Directory.Exists(mail) && Directory.EnumerateFiles(mail, "*.eml", SearchOption.AllDirectories).Count() >= 4); i++)
            await Task.Delay(200);
        var files = PaymentsDataScan.Files(portal, Tenant).ToList();
        Assert.True(files.Count(f => f.Path.EndsWith(".eml", StringComparison.Ordinal) && f.Text.Contains("Payment receipt:", StringComparison.Ordinal)) >= 3,
            "The receipts were not written to the mail drop.");
        foreach (var (path, text) in files)
        {
            Assert.All(cards, c => Assert.DoesNotContain(c.Item1, text));
            // Any card-like number in text files; raw database pages run neighbouring values together into digit strings
            // that can pass Luhn by chance (seen: 4236740163189), so their columns are scanned through SQL above instead.
            var isDatabase = path.EndsWith(".db", StringComparison.Ordinal) || path.EndsWith(".db-wal", StringComparison.Ordinal)
                || path.EndsWith(".db-shm", StringComparison.Ordinal) || path.EndsWith(".db-journal", StringComparison.Ordinal);
            if (!isDatabase)
                Assert.True(!PaymentsDataScan.CardNumbers(text).Any(), $"{path} holds {string.Join(", ", PaymentsDataScan.CardNumbers(text))}");
            // Database files are checked column by column above (raw pages hold any digits); receipts and logs here.
            if ((path.EndsWith(".eml", StringComparison.Ordinal) && text.Contains("Payment receipt:", StringComparison.Ordinal)) || path.EndsWith(".log", StringComparison.Ordinal))
                Assert.False(PaymentsDataScan.HasStandalone(text, "846") || PaymentsDataScan.HasStandalone(text, "9274"), path);
        }
    }
}

public sealed class PaymentsSqliteTests(SqlitePortal portal) : PaymentsTests(portal), IClassFixture<SqlitePortal>;

public sealed class PaymentsPostgresTests(PostgresPortal portal) : PaymentsTests(portal), IClassFixture<PostgresPortal>;
