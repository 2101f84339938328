using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Autopay;
using SelfCare.Billing.Data;
using SelfCare.Billing.Payments;
using SelfCare.Host.Jobs;
using SelfCare.Platform.Jobs;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Billing.AutopaySetup;
using static SelfCare.Tests.Billing.PaymentsSetup;

namespace SelfCare.Tests.Billing;

/// <summary>
/// Autopay on SQLite and PostgreSQL: the daily pass charges each invoice once however often (or concurrently) it runs,
/// notices once, records declines and retries them up to the tenant's limit then emails; the Bill Summary shows the state.
/// Each test works on its own demo account (AC-100103, AC-100100, AC-100101, AC-200201; AC-100102 in AutopayPageTests).
/// </summary>
public abstract class AutopayTests(PortalFactory portal)
{
    [Fact]
    public async Task Autopay_fired_twice_for_the_same_invoice_charges_once_sequentially_concurrently_and_through_the_job()
    {
        await EnableBillingAsync(portal);
        await EnrolAsync(portal, "AC-100103", "4242424242424242", Demo.BluegrassAdmin);
        var today = await TodayAsync(portal);
        var numbers = new[] { Unique("APS"), Unique("APC"), Unique("APJ") };

        var first = await InvoiceDueAsync(portal, "AC-100103", numbers[0], 80m, today);
        await RunAsync(portal, today);
        await RunAsync(portal, today);
        Assert.Equal(80m, Assert.Single(await PaidAsync(portal, first)).Amount);
        Assert.Equal(AutopayOutcome.Succeeded, Assert.Single(await AttemptsAsync(portal, first)).Outcome);

        var second = await InvoiceDueAsync(portal, "AC-100103", numbers[1], 95.5m, today);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RunAsync(portal, today)));
        var payment = Assert.Single(await PaidAsync(portal, second));
        Assert.Equal(95.5m, payment.Amount);
        Assert.StartsWith($"autopay:{Tenant}:{second:D}:1", payment.IdempotencyKey);
        Assert.Single(await AttemptsAsync(portal, second));

        // The real Quartz job, fired twice for the tenant's today.
        var third = await InvoiceDueAsync(portal, "AC-100103", numbers[2], 42m, today);
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<ITenantJobScheduler>();
            await scheduler.EnqueueAsync<AutopayJob>("test-one");
            await scheduler.EnqueueAsync<AutopayJob>("test-two");
        }
        await WaitForJobRunsAsync(2);
        Assert.Single(await PaidAsync(portal, third));
        Assert.Single(await AttemptsAsync(portal, third));
        foreach (var number in numbers)
            Assert.Single(await MailAsync(portal, PaymentReceiptEmail.Name, number));
    }

    [Fact]
    public async Task The_advance_notice_is_sent_once_per_invoice_the_set_number_of_days_before()
    {
        await EnableBillingAsync(portal);
        await SettingsAsync(portal, s => s.AutopayNoticeDays = 3);
        await EnrolAsync(portal, "AC-100100", "4242424242424242", Demo.BluegrassAdmin);
        var today = await TodayAsync(portal);
        var soon = Unique("APN");
        var later = Unique("APL");
        var soonId = await InvoiceDueAsync(portal, "AC-100100", soon, 120m, today.AddDays(3));
        await InvoiceDueAsync(portal, "AC-100100", later, 130m, today.AddDays(5));

        await RunAsync(portal, today);
        await RunAsync(portal, today);
        await RunAsync(portal, today.AddDays(1));

        var notice = Assert.Single(await MailAsync(portal, AutopayEmails.Notice, soon));
        Assert.Equal(Demo.BluegrassAdmin, notice.ToAddress);
        Assert.Contains("$120.00", notice.TextBody);
        Assert.Contains("Visa •••• 4242", notice.TextBody);
        Assert.Empty(await MailAsync(portal, AutopayEmails.Notice, later));
        Assert.Empty(await PaidAsync(portal, soonId));
        Assert.Empty(await AttemptsAsync(portal, soonId));
    }

    [Fact]
    public async Task A_declined_charge_is_recorded_retried_the_next_day_and_after_the_last_try_the_customer_is_emailed()
    {
        await EnableBillingAsync(portal);
        await SettingsAsync(portal, s => (s.AutopayMaxRetries, s.AutopayRetryDays) = (1, 1));
        await EnrolAsync(portal, "AC-100101", Declined, Demo.BluegrassAdmin);
        var today = await TodayAsync(portal);
        var number = Unique("APD");
        var invoice = await InvoiceDueAsync(portal, "AC-100101", number, 210m, today);

        await RunAsync(portal, today);
        await RunAsync(portal, today);
        var failed = Assert.Single(await AttemptsAsync(portal, invoice));
        Assert.Equal((1, AutopayOutcome.Failed, "The card was declined."), (failed.AttemptNo, failed.Outcome, failed.Message));
        Assert.Empty(await MailAsync(portal, AutopayEmails.Failed, number));

        await RunAsync(portal, today.AddDays(1));
        await RunAsync(portal, today.AddDays(2));
        var attempts = await AttemptsAsync(portal, invoice);
        Assert.Equal([1, 2], attempts.Select(a => a.AttemptNo));
        Assert.All(attempts, a => Assert.Equal(AutopayOutcome.Failed, a.Outcome));
        Assert.Equal(today.AddDays(1), attempts[1].ChargeDate);
        var mail = Assert.Single(await MailAsync(portal, AutopayEmails.Failed, number));
        Assert.Equal(Demo.BluegrassAdmin, mail.ToAddress);
        Assert.Contains("The card was declined.", mail.TextBody);

        // Nothing recorded as paid: no succeeded payment, the invoice still owes its amount.
        Assert.Empty(await PaidAsync(portal, invoice));
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
        {
            var account = await scope.ServiceProvider.GetRequiredService<PayableQuery>().FindAsync(await AccountIdAsync(portal, "AC-100101"), default);
            Assert.Equal(210m, account!.OpenInvoices.Single(i => i.Id == invoice).Balance);
            var failures = await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Payments.AsNoTracking()
                .Where(p => p.IdempotencyKey!.StartsWith($"autopay:{Tenant}:{invoice:D}:")).ToListAsync();
            Assert.Equal(2, failures.Count);
            Assert.All(failures, p => Assert.Equal(PaymentStatus.Failed, p.Status));
        }

        // Visible to the customer and to staff.
        foreach (var user in new[] { Demo.BluegrassAdmin, Demo.AccelecomStaff })
        {
            using var client = await portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(user, portal.DemoPassword);
            var page = WebUtility.HtmlDecode(await client.GetStringAsync($"bills/autopay?account={await AccountIdAsync(portal, "AC-100101")}"));
            Assert.Contains(number, page);
            Assert.Contains("Failed: The card was declined.", page);
        }
        await SettingsAsync(portal, s => (s.AutopayMaxRetries, s.AutopayRetryDays) = (3, 1));
    }

    [Fact]
    public async Task An_attempt_a_stopped_run_left_pending_is_settled_from_its_payment_and_only_then_retried()
    {
        await EnableBillingAsync(portal);
        await SettingsAsync(portal, s => (s.AutopayMaxRetries, s.AutopayRetryDays) = (3, 1));
        var today = await TodayAsync(portal);
        var number = Unique("APP");
        var invoice = await InvoiceDueAsync(portal, "AC-100104", number, 33m, today); // the demo enrols AC-100104 (Visa 4242)
        var account = await AccountIdAsync(portal, "AC-100104");
        var key = $"autopay:{Tenant}:{invoice:D}:1";
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            db.Add(new AutopayAttempt
            {
                Id = Guid.NewGuid(), AccountId = account, InvoiceId = invoice, InvoiceNumber = number, AttemptNo = 1, ChargeDate = today,
                AttemptedAt = DateTimeOffset.UtcNow.AddHours(-1), Amount = 33m, Currency = "USD", Method = "Visa •••• 4242", Outcome = AutopayOutcome.Pending,
            });
            db.Payments.Add(new Payment
            {
                Id = Guid.NewGuid(), AccountId = account, Amount = 33m, Currency = "USD", Date = today, Method = "Visa •••• 4242",
                Source = PaymentSource.Portal, IdempotencyKey = key, Status = PaymentStatus.Pending, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = Demo.BluegrassAdmin,
            });
            await db.SaveChangesAsync();
        }

        // Whether the gateway charged is unknown while the payment is Pending: nothing is charged again.
        await RunAsync(portal, today);
        Assert.Equal(AutopayOutcome.Pending, Assert.Single(await AttemptsAsync(portal, invoice)).Outcome);
        Assert.Empty(await PaidAsync(portal, invoice));

        // The payment is settled as failed (as PaymentReconciler does when the gateway never charged): so is the attempt,
        // and the retry waits for the next day.
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
            await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Payments.Where(p => p.IdempotencyKey == key)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, PaymentStatus.Failed));
        await RunAsync(portal, today);
        Assert.Equal(AutopayOutcome.Failed, Assert.Single(await AttemptsAsync(portal, invoice)).Outcome);
        await RunAsync(portal, today.AddDays(1));
        var attempts = await AttemptsAsync(portal, invoice);
        Assert.Equal([AutopayOutcome.Failed, AutopayOutcome.Succeeded], attempts.Select(a => a.Outcome));
        Assert.Equal(33m, Assert.Single(await PaidAsync(portal, invoice)).Amount);
    }

    [Fact]
    public async Task The_bill_summary_shows_autopay_on_with_the_next_charge_not_enrolled_or_the_last_charge_failed()
    {
        await EnableBillingAsync(portal);
        using (var northwind = await portal.Client("http://localhost/calltower/").LoggedInAsync(Demo.NorthwindAdmin, portal.DemoPassword))
            Assert.Contains("Autopay: not enrolled", await northwind.GetStringAsync(""));

        // The demo enrols AC-200200 with the sandbox Mastercard; its next charge is its next invoice still owed.
        var today = await TodayAsync(portal);
        PayableInvoice? next;
        await using (var scope = await ApiCalls.SystemScopeAsync(portal, Tenant))
            next = (await scope.ServiceProvider.GetRequiredService<PayableQuery>().FindAsync(await AccountIdAsync(portal, "AC-200200"), default))!
                .OpenInvoices.Where(i => i.DueDate >= today).OrderBy(i => i.DueDate).FirstOrDefault();
        using var derby = await portal.Client($"http://localhost/{Tenant}/").LoggedInAsync(Demo.DerbyAdmin, portal.DemoPassword);
        var summary = WebUtility.HtmlDecode(await derby.GetStringAsync(""));
        var expected = next is null ? "nothing due"
            : $"next charge {next.DueDate.ToString("MMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"))} {PaymentMoney.Format(next.Balance, "USD")}";
        Assert.Contains($"Autopay: on — Mastercard ending 4444, {expected}", summary);
        Assert.Contains("/accelecom/bills/autopay", summary);

        await EnrolAsync(portal, "AC-200201", Declined, Demo.DerbyAdmin);
        await InvoiceDueAsync(portal, "AC-200201", Unique("APF"), 15m, today);
        await RunAsync(portal, today);
        summary = WebUtility.HtmlDecode(await derby.GetStringAsync(""));
        Assert.Contains("Autopay: on — 2 accounts; the last charge failed (The card was declined)", summary);
    }

    private async Task WaitForJobRunsAsync(int count)
    {
        for (var i = 0; i < 150; i++)
        {
            await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
            var runs = await scope.ServiceProvider.GetRequiredService<JobsDbContext>().Executions.AsNoTracking()
                .CountAsync(e => e.Job == typeof(AutopayJob).FullName && e.FinishedAtMs != null && e.Outcome == "Succeeded");
            if (runs >= count)
                return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"Fewer than {count} autopay job runs finished in 30 s.");
    }
}

public sealed class AutopaySqliteTests(SqlitePortal portal) : AutopayTests(portal), IClassFixture<SqlitePortal>;

public sealed class AutopayPostgresTests(PostgresPortal portal) : AutopayTests(portal), IClassFixture<PostgresPortal>;
