using System.Net;
using System.Text.RegularExpressions;
using SelfCare.Benchmarks.AccountDetails;

namespace SelfCare.Benchmarks.Billing;

/// <summary>Turns the Billing feature on as the tenant admin, then feeds child accounts, invoices and payments through <c>/api/v1</c>.</summary>
internal static partial class BillingSeeding
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>Admin > Features > Enable (a no-op when it is on already) or Disable Billing.</summary>
    public static Task SetBillingAsync(string tenantBase, bool on) => SetModuleAsync(tenantBase, "Billing", on);

    /// <summary>Admin > Features > Enable or Disable one module (refused while an enabled module needs it).</summary>
    public static async Task SetModuleAsync(string tenantBase, string module, bool on)
    {
        using var admin = await PortalSession.SignInAsync(tenantBase, BigAccount.TenantAdmin, BigAccount.Password);
        var token = WebUtility.HtmlDecode(Token().Match(await admin.Client.GetStringAsync("admin/features")).Groups[1].Value);
        using var response = await admin.Client.PostAsync($"admin/features?handler={(on ? "Enable" : "Disable")}", new FormUrlEncodedContent(
            [new("module", module), new("confirmed", "true"), new("__RequestVerificationToken", token)]));
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.OK))
            throw new InvalidOperationException($"Turning {module} {(on ? "on" : "off")} answered {(int)response.StatusCode}.");
    }

    public static async Task<List<SeedStep>> SeedAsync(SuiteRun run, string tenantBase, IReadOnlyList<ChildSeed> newChildren, BillingLedgerSeed ledger)
    {
        run.Progress("Creating an API key on Admin > API keys with Accounts:write, Billing:write");
        var key = await Api.ApiPortalSession.CreateKeyAsync(tenantBase, BigAccount.TenantAdmin, BigAccount.Password, "Billing benchmark", "Accounts:write", "Billing:write");
        using var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 16 };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var api = new ApiSeeder(client, $"{tenantBase}api/v1", key);
        var steps = new List<SeedStep>();

        var accounts = await api.PutAllAsync("accounts", newChildren, c => (c.ExternalId, (object)new
        {
            number = c.Number, name = c.Name, parentExternalId = BigAccount.ParentExternalId, city = c.City, region = c.Region, status = "Active",
        }));
        steps.Add(new SeedStep("Child accounts", newChildren.Count, "PUT /api/v1/accounts/{externalId}", accounts.TotalSeconds));
        run.Progress($"{newChildren.Count} child accounts in {accounts.TotalSeconds:F1} s");

        BillSeed[] bills = [.. ledger.Bills, ledger.Pdf];
        var invoices = await api.PutAllAsync("invoices", bills, InvoiceBody);
        steps.Add(new SeedStep("Invoices with charge lines", bills.Length, "PUT /api/v1/invoices/{externalId}", invoices.TotalSeconds));
        run.Progress($"{bills.Length} invoices in {invoices.TotalSeconds:F1} s");

        var paid = ledger.Paid.ToList();
        var payments = await api.PutAllAsync("payments", paid, PaymentBody);
        steps.Add(new SeedStep("Payments, each applied to its invoice", paid.Count, "PUT /api/v1/payments/{externalId}", payments.TotalSeconds));
        run.Progress($"{paid.Count} payments in {payments.TotalSeconds:F1} s");
        return steps;
    }

    private static (string, object) InvoiceBody(BillSeed b) => (b.ExternalId, new
    {
        number = b.Number, accountNumber = b.AccountNumber, periodStart = b.IssueDate.AddMonths(-1), periodEnd = b.IssueDate.AddDays(-1),
        issueDate = b.IssueDate, dueDate = b.DueDate, currency = "USD",
        charges = b.Charges.Select(c => new { category = c.Category, serviceId = c.ServiceId, product = c.Product, quantity = c.Quantity, unitPrice = c.UnitPrice, amount = c.Amount }),
    });

    private static (string, object) PaymentBody(BillSeed b) => ("pay-" + b.ExternalId, new
    {
        accountNumber = b.AccountNumber, amount = b.Total, currency = "USD", date = b.PaidOn, method = "ACH •••• 6789",
        invoices = new[] { new { number = b.Number, amount = b.Total } },
    });
}
