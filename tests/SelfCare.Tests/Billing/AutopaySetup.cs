using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Autopay;
using SelfCare.Billing.Contracts;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Payments;
using SelfCare.Platform.Email;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Billing.PaymentsSetup;

namespace SelfCare.Tests.Billing;

/// <summary>Autopay fixtures: invoices due on a chosen tenant day, enrolments, runs of the autopay pass for a chosen day.</summary>
internal static class AutopaySetup
{
    public const string Declined = "4000000000000002";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<DateOnly> TodayAsync(PortalFactory portal)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return scope.ServiceProvider.GetRequiredService<TenantToday>().Value;
    }

    public static async Task<Guid> InvoiceDueAsync(PortalFactory portal, string accountNumber, string number, decimal amount, DateOnly due)
    {
        var account = await AccountIdAsync(portal, accountNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), Number = number, AccountId = account, Currency = "USD", IssueDate = due.AddDays(-25), DueDate = due,
            PeriodStart = due.AddDays(-55), PeriodEnd = due.AddDays(-26), CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            Charges = [new InvoiceCharge { Id = Guid.NewGuid(), Category = ChargeCategory.Recurring, Product = "SIP trunk", Quantity = 1, UnitPrice = amount, Amount = amount }],
        };
        invoice.Total();
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync();
        return invoice.Id;
    }

    /// <summary>Saves <paramref name="card"/> on the account and enrols it, as the demo seeding does.</summary>
    public static async Task EnrolAsync(PortalFactory portal, string accountNumber, string card, string by)
    {
        var account = await AccountIdAsync(portal, accountNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        await scope.ServiceProvider.GetRequiredService<IAutopayProvisioning>().EnrolCardAsync(account, card, 12, 2031, "Pat Doe", by, default);
    }

    /// <summary>A checking account saved on the account (sandbox test bank account), as the portal saves one.</summary>
    public static async Task<Guid> SavedBankAccountAsync(PortalFactory portal, string accountNumber)
    {
        var account = await AccountIdAsync(portal, accountNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var token = await scope.ServiceProvider.GetRequiredService<PaymentGateways>().Current
            .TokenizeBankAccountAsync(new BankAccountDetails("011000015", "000123456789", "Pat Doe", BankAccountType.Checking));
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var method = new SavedPaymentMethod
        {
            Id = Guid.NewGuid(), AccountId = account, Kind = PaymentMethodKind.Ach, Gateway = SandboxGateway.GatewayName, Token = token.Token!,
            Last4 = token.Last4, HolderName = "Pat Doe", BankAccountType = BankAccountType.Checking, RoutingLast4 = "0015",
            CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "tests",
        };
        db.Add(method);
        await db.SaveChangesAsync();
        return method.Id;
    }

    /// <summary>A card saved while valid that has expired since (the gateway refuses to tokenize an expired one).</summary>
    public static async Task<Guid> ExpiredCardAsync(PortalFactory portal, string accountNumber, string cardNumber)
    {
        var id = await SavedCardAsync(portal, accountNumber, cardNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<SavedPaymentMethod>().Where(m => m.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ExpiryYear, 2020));
        return id;
    }

    public static async Task<AutopayEnrolment?> EnrolmentAsync(PortalFactory portal, Guid accountId)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<AutopayEnrolment>().AsNoTracking()
            .FirstOrDefaultAsync(e => e.AccountId == accountId);
    }

    public static async Task<AchAuthorization> AchAuthorizationAsync(PortalFactory portal, Guid id)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<AchAuthorization>().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    /// <summary>One autopay pass for tenant day <paramref name="day"/>, as the daily job makes it (in the system scope).</summary>
    public static async Task<AutopayRunResult> RunAsync(PortalFactory portal, DateOnly day)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<AutopayRunner>().RunAsync(day, default);
    }

    public static async Task SettingsAsync(PortalFactory portal, Action<BillingSettings> change)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var store = scope.ServiceProvider.GetRequiredService<BillingSettingsStore>();
        var settings = await store.GetAsync(default);
        change(settings);
        await store.SaveAsync(settings, default);
    }

    public static async Task<List<AutopayAttempt>> AttemptsAsync(PortalFactory portal, Guid invoiceId)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<AutopayAttempt>().AsNoTracking()
            .Where(a => a.InvoiceId == invoiceId).OrderBy(a => a.AttemptNo).ToListAsync();
    }

    /// <summary>The succeeded payments applied to the invoice.</summary>
    public static async Task<List<Payment>> PaidAsync(PortalFactory portal, Guid invoiceId)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Payments.AsNoTracking().Include(p => p.Allocations)
            .Where(p => p.Status == PaymentStatus.Succeeded && p.Allocations.Any(a => a.InvoiceId == invoiceId)).ToListAsync();
    }

    /// <summary>The queued emails of <paramref name="template"/> that name <paramref name="text"/> (an invoice or account number).</summary>
    public static async Task<List<OutboxMessage>> MailAsync(PortalFactory portal, string template, string text)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Template == template && m.TextBody.Contains(text)).ToListAsync();
    }
}
