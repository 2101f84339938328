using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Payments;
using SelfCare.Host.Features;
using SelfCare.Host.Tenancy;
using SelfCare.Platform.Email;
using SelfCare.Tests.Api;
using SelfCare.Tests.Infrastructure;

namespace SelfCare.Tests.Billing;

/// <summary>Invoices, saved methods and the Make a Payment form, for the payments tests.</summary>
internal static partial class PaymentsSetup
{
    public const string Tenant = "accelecom";

    [GeneratedRegex("<input type=\"hidden\"[^>]*?name=\"(Confirm\\.[A-Za-z]+)\"[^>]*?value=\"([^\"]*)\"")]
    private static partial Regex ConfirmField();

    [GeneratedRegex("name=\"Input.IdempotencyKey\" value=\"([a-z]+)\"")]
    private static partial Regex KeyField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task EnableBillingAsync(PortalFactory portal)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(Tenant)!;
        if (tenant.IsEnabled("Billing"))
            return;
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var change = await scope.ServiceProvider.GetRequiredService<FeatureToggleService>().EnableAsync(tenant, "Billing", default);
        Assert.True(change.Succeeded, change.Reason);
    }

    public static async Task<Guid> AccountIdAsync(PortalFactory portal, string number)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return (await scope.ServiceProvider.GetRequiredService<IAccountDirectory>().IdsByNumberAsync(default))[number];
    }

    /// <summary>An invoice of <paramref name="amount"/> due in <paramref name="dueInDays"/> on the account.</summary>
    public static async Task<Guid> InvoiceAsync(PortalFactory portal, string accountNumber, string number, decimal amount, int dueInDays = 10)
    {
        var account = await AccountIdAsync(portal, accountNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), Number = number, AccountId = account, Currency = "USD", IssueDate = today.AddDays(-20),
            DueDate = today.AddDays(dueInDays), PeriodStart = today.AddDays(-50), PeriodEnd = today.AddDays(-20),
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            Charges = [new InvoiceCharge { Id = Guid.NewGuid(), Category = ChargeCategory.Recurring, Product = "Business fiber", Quantity = 1, UnitPrice = amount, Amount = amount }],
        };
        invoice.Total();
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync();
        return invoice.Id;
    }

    /// <summary>A card saved on the account the way the portal saves one: the sandbox's token, brand, last four, expiry.</summary>
    public static async Task<Guid> SavedCardAsync(PortalFactory portal, string accountNumber, string cardNumber, int expiryYear = 2031)
    {
        var account = await AccountIdAsync(portal, accountNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        var token = await scope.ServiceProvider.GetRequiredService<PaymentGateways>().Current
            .TokenizeCardAsync(new CardDetails(cardNumber, 12, expiryYear, "123", "Pat Doe"));
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var method = new SavedPaymentMethod
        {
            Id = Guid.NewGuid(), AccountId = account, Kind = PaymentMethodKind.Card, Gateway = SandboxGateway.GatewayName, Token = token.Token!,
            Brand = token.Brand, Last4 = token.Last4, ExpiryMonth = 12, ExpiryYear = expiryYear, HolderName = "Pat Doe",
            CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "tests",
        };
        db.Add(method);
        await db.SaveChangesAsync();
        return method.Id;
    }

    public static async Task<List<Payment>> PaymentsAsync(PortalFactory portal, string accountNumber)
    {
        var account = await AccountIdAsync(portal, accountNumber);
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Payments.AsNoTracking()
            .Include(p => p.Allocations).Where(p => p.AccountId == account).ToListAsync();
    }

    public static async Task<int> ReceiptsAsync(PortalFactory portal)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.Template == PaymentReceiptEmail.Name);
    }

    public static async Task<string> BillingConnectionStringAsync(PortalFactory portal)
    {
        await using var scope = await ApiCalls.SystemScopeAsync(portal, Tenant);
        return scope.ServiceProvider.GetRequiredService<BillingDbContext>().Database.GetConnectionString()!;
    }

    /// <summary>The form's antiforgery token and idempotency key for <paramref name="accountId"/>.</summary>
    public static async Task<(string Token, string Key)> FormAsync(PortalClient client, Guid accountId)
    {
        var page = await client.GetStringAsync($"bills/pay?account={accountId}");
        return (WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value), KeyField().Match(page).Groups[1].Value);
    }

    /// <summary>Posts the review step; returns the page (a confirmation or the form with its messages).</summary>
    public static async Task<string> ReviewAsync(PortalClient client, Guid accountId, IDictionary<string, string> fields)
    {
        var (token, key) = await FormAsync(client, accountId);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = token, ["Input.AccountId"] = accountId.ToString(), ["Input.IdempotencyKey"] = key,
        };
        var response = await client.Http.PostAsync("bills/pay?handler=Review", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The confirmation page's hidden fields (and antiforgery token), ready to post to the Pay handler.</summary>
    public static List<KeyValuePair<string, string>> ConfirmFields(string page, bool achAuthorized = false)
    {
        var fields = new List<KeyValuePair<string, string>>();
        if (achAuthorized)
            fields.Add(new("Confirm.AchAuthorized", "true"));
        fields.AddRange(ConfirmField().Matches(page).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))));
        Assert.Contains(fields, f => f.Key == "Confirm.IdempotencyKey");
        fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)));
        return fields;
    }

    /// <summary>The page's validation messages, for failure reports.</summary>
    public static string Messages(string page) =>
        string.Join(" | ", Regex.Matches(page, "<li>([^<]*)</li>").Select(m => m.Groups[1].Value)) + page[..Math.Min(page.Length, 0)];

    public static Task<HttpResponseMessage> PayAsync(PortalClient client, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.Http.PostAsync("bills/pay?handler=Pay", new FormUrlEncodedContent(fields));

    /// <summary>Review then pay with a new card; returns the final response.</summary>
    public static async Task<HttpResponseMessage> PayByNewCardAsync(PortalClient client, Guid accountId, string amount, string number, string cvc,
        int month = 12, int year = 2030, bool save = false)
    {
        var page = await ReviewAsync(client, accountId, new Dictionary<string, string>
        {
            ["Input.Mode"] = "Amount", ["Input.Amount"] = amount, ["Input.Method"] = "card", ["Input.HolderName"] = "Pat Doe",
            ["Input.CardNumber"] = number, ["Input.ExpiryMonth"] = month.ToString(), ["Input.ExpiryYear"] = year.ToString(),
            ["Input.Cvc"] = cvc, ["Input.Save"] = save ? "true" : "false",
        });
        Assert.DoesNotContain(number, page);
        Assert.True(page.Contains("Confirm your payment"), Messages(page));
        return await PayAsync(client, ConfirmFields(page));
    }
}
