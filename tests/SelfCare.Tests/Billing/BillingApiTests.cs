using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Data;
using SelfCare.Platform.Email;
using SelfCare.Tests.Infrastructure;
using static SelfCare.Tests.Api.ApiCalls;

namespace SelfCare.Tests.Billing;

/// <summary>
/// The billing system feeds the ledger through /api/v1: invoices with charge lines, payments and adjustments by external id,
/// idempotent; balances derived; bad input a 400 naming the field; the invoice-ready email queued once. On both providers.
/// </summary>
public abstract class BillingApiTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private async Task<HttpClient> WriterAsync()
    {
        await BillPages.EnableAsync(portal, "accelecom", Demo.AccelecomAdmin);
        return Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Billing:read", "Billing:write"]));
    }

    private static object Invoice(string number, string account = "AC-100103", decimal minutes = 1200m) => new
    {
        number, accountNumber = account, periodStart = "2031-01-01", periodEnd = "2031-01-31", issueDate = "2031-02-01", dueDate = "2031-02-26",
        charges = new object[]
        {
            new { category = "Recurring", serviceId = "SIP-9", product = "SIP trunk channel", quantity = 10, unitPrice = 18.5m },
            new { category = "Usage", serviceId = "SIP-9", product = "Long distance minutes", quantity = minutes, unitPrice = 0.025m },
            new { category = "Taxes", product = "State sales tax", amount = 12.34m },
        },
    };

    [Fact]
    public async Task Put_invoice_is_idempotent_and_changed_lines_replace_the_old_ones()
    {
        using var api = await WriterAsync();
        var created = await JsonAsync(await api.PutJsonAsync("api/v1/invoices/inv-1", Invoice("API-INV-1", "AC-100102")), HttpStatusCode.Created);
        Assert.Equal(227.34m, created.GetProperty("amount").GetDecimal());   // 185 + 30 + 12.34
        Assert.Equal(227.34m, created.GetProperty("balance").GetDecimal());
        var again = await JsonAsync(await api.PutJsonAsync("api/v1/invoices/inv-1", Invoice("API-INV-1", "AC-100102")), HttpStatusCode.OK);
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal(3, again.GetProperty("charges").GetArrayLength());

        var changed = await JsonAsync(await api.PutJsonAsync("api/v1/invoices/inv-1", Invoice("API-INV-1", "AC-100102", minutes: 400)), HttpStatusCode.OK);
        Assert.Equal(207.34m, changed.GetProperty("amount").GetDecimal());
        await using var scope = await SystemScopeAsync(portal, "accelecom");
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(3, await db.Charges.CountAsync(c => c.InvoiceRowId == id));
        // One invoice-ready email to the account's billing contact, queued by the create only.
        var emails = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Template == "invoice-ready").ToListAsync();
        var email = Assert.Single(emails, m => m.Subject.Contains("API-INV-1"));
        Assert.Equal("lexington@bluegrasshealth.example", email.ToAddress);
        Assert.Contains($"/bills/details/{id}", email.TextBody);
    }

    [Fact]
    public async Task Payments_go_to_named_invoices_or_oldest_first_and_refunds_reopen()
    {
        using var api = await WriterAsync();
        await JsonAsync(await api.PutJsonAsync("api/v1/invoices/inv-a", Invoice("API-INV-A", "AC-200201")), HttpStatusCode.Created);
        var b = Invoice("API-INV-B", "AC-200201");
        await JsonAsync(await api.PutJsonAsync("api/v1/invoices/inv-b", b), HttpStatusCode.Created);

        var before = await OpenBalanceAsync(api, "AC-200201");
        var paid = await JsonAsync(await api.PutJsonAsync("api/v1/payments/pay-1",
            new { accountNumber = "AC-200201", amount = 100m, date = "2031-02-10", method = "Check 1043", invoices = new[] { new { number = "API-INV-B", amount = 100m } } }),
            HttpStatusCode.Created);
        Assert.Equal("API-INV-B", paid.GetProperty("invoices")[0].GetProperty("number").GetString());
        await JsonAsync(await api.PutJsonAsync("api/v1/payments/pay-1",
            new { accountNumber = "AC-200201", amount = 100m, date = "2031-02-10", method = "Check 1043", invoices = new[] { new { number = "API-INV-B", amount = 100m } } }),
            HttpStatusCode.OK);
        Assert.Equal(before - 100m, await OpenBalanceAsync(api, "AC-200201"));

        var refund = await JsonAsync(await api.PutJsonAsync("api/v1/payments/ref-1",
            new { accountNumber = "AC-200201", amount = -40m, date = "2031-02-12", method = "Refund", invoices = new[] { new { number = "API-INV-B", amount = -40m } } }),
            HttpStatusCode.Created);
        Assert.Equal(-40m, refund.GetProperty("amount").GetDecimal());
        Assert.Equal(before - 60m, await OpenBalanceAsync(api, "AC-200201"));

        var credit = await JsonAsync(await api.PutJsonAsync("api/v1/adjustments/adj-1",
            new { accountNumber = "AC-200201", kind = "Credit", amount = 10m, date = "2031-02-13", description = "Outage credit", invoiceNumber = "API-INV-A" }),
            HttpStatusCode.Created);
        Assert.Equal("API-INV-A", credit.GetProperty("invoiceNumber").GetString());
        Assert.Equal(before - 70m, await OpenBalanceAsync(api, "AC-200201"));
        var listed = await JsonAsync(await api.GetAsync("api/v1/adjustments?account=AC-200201"), HttpStatusCode.OK);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), a => a.GetProperty("externalId").GetString() == "adj-1");

        // Without named invoices a payment pays the oldest balances first.
        var oldest = await JsonAsync(await api.PutJsonAsync("api/v1/payments/pay-2",
            new { accountNumber = "AC-200201", amount = 5m, date = "2031-02-14", method = "ACH" }), HttpStatusCode.Created);
        Assert.NotEqual("API-INV-B", oldest.GetProperty("invoices")[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_field_never_a_500()
    {
        using var api = await WriterAsync();
        var problem = await ProblemAsync(await api.PutJsonAsync("api/v1/invoices/inv-bad", new
        {
            accountNumber = "AC-100103", periodStart = "2031-02-01", periodEnd = "2031-01-01", issueDate = "2031-02-01", dueDate = "2031-01-01",
            currency = "dollars", charges = new object?[] { new { category = "Gifts", product = "", unitPrice = 1.23456m }, null },
        }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "number", "periodEnd", "dueDate", "currency", "charges[0].category", "charges[0].product", "charges[0].unitPrice", "charges[1]" })
            Assert.NotEmpty(FieldErrors(problem, field));

        var pay = await ProblemAsync(await api.PutJsonAsync("api/v1/payments/pay-bad",
            new { accountNumber = "AC-100103", amount = 0m, method = "", invoices = new[] { new { number = "NOPE", amount = -1m } } }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "amount", "date", "method" })
            Assert.NotEmpty(FieldErrors(pay, field));
        var unknown = await ProblemAsync(await api.PutJsonAsync("api/v1/payments/pay-bad2",
            new { accountNumber = "AC-100103", amount = 5m, date = "2031-01-01", method = "Check", invoices = new[] { new { number = "NOPE", amount = 5m } } }), HttpStatusCode.BadRequest);
        Assert.Contains("NOPE", FieldErrors(unknown, "invoices"));
        var adj = await ProblemAsync(await api.PutJsonAsync("api/v1/adjustments/adj-bad",
            new { accountNumber = "AC-999999", kind = "Gift", amount = -3m, date = "2031-01-01", description = "x" }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldErrors(adj, "kind"));
        Assert.NotEmpty(FieldErrors(adj, "amount"));
        await ProblemAsync(await api.PutJsonAsync("api/v1/invoices/inv-bad3", "{\"number\": 5}"), HttpStatusCode.BadRequest);
        await ProblemAsync(await api.GetAsync("api/v1/invoices?account=nobody"), HttpStatusCode.BadRequest);

        using var reader = Client(portal, "accelecom", await CreateKeyAsync(portal, "accelecom", ["Billing:read"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutJsonAsync("api/v1/invoices/inv-x", Invoice("API-X"))).StatusCode);
    }

    private static async Task<decimal> OpenBalanceAsync(HttpClient api, string account)
    {
        var list = await JsonAsync(await api.GetAsync($"api/v1/invoices?account={account}&pageSize=200"), HttpStatusCode.OK);
        return list.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("balance").GetDecimal());
    }
}

public sealed class BillingApiOnSqlite(SqlitePortal portal) : BillingApiTests<SqlitePortal>(portal), IClassFixture<SqlitePortal>;

public sealed class BillingApiOnPostgres(PostgresPortal portal) : BillingApiTests<PostgresPortal>(portal), IClassFixture<PostgresPortal>;
