using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Billing.Api;
using SelfCare.Billing.Autopay;
using SelfCare.Billing.Contracts;
using SelfCare.Billing.Contracts.Checkout;
using SelfCare.Billing.Data;
using SelfCare.Billing.Emails;
using SelfCare.Billing.Ledger;
using SelfCare.Billing.Payments;
using SelfCare.Billing.Reports;
using SelfCare.Billing.Search;
using SelfCare.Billing.Summary;
using SelfCare.Platform.Data;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Modules;

namespace SelfCare.Billing;

internal sealed class BillingModule : IPortalModule
{
    public const string Id = "Billing";

    public ModuleManifest Manifest { get; private set; } = new(Id, "Billing",
        "Bills per account: invoices with charge lines, adjustments, payments and derived balances; PDF and Excel per bill.")
    {
        DependsOn = ["Accounts"],
        Tabs = [new NavigationTab("View & Pay Bills", "/bills", 30)],
        Widgets =
        [
            new SummaryWidget("BillSummary", 10),
            new SummaryWidget("AccountBalances", 40),
            new SummaryWidget("OpenInvoices", 42),
            new SummaryWidget("RecentBillingActivity", 44),
            new SummaryWidget("BillingHistory", 46),
        ],
        EmailTemplates = [BillingEmails.InvoiceReadyTemplate, PaymentReceiptEmail.Definition, AutopayEmails.NoticeDefinition, AutopayEmails.FailedDefinition],
        Jobs =
        [
            new RecurringJob(AutopayJob.Name, typeof(AutopayJob), AutopayJob.Cron, "Autopay: advance notices, charges of invoices due today, retries"),
            new RecurringJob(PaymentReconcileJob.Name, typeof(PaymentReconcileJob), PaymentReconcileJob.Cron,
                "Payments left Pending by a stopped process: completed from the gateway's record, or marked Failed") { RunOnStart = true },
        ],
        SearchProviders = [typeof(InvoiceSearchProvider)],
        Reports = [typeof(ProductsBillingReport), typeof(AccountingExportReport), typeof(PaymentsReport)],
        Schemas = [new SchemaDescriptor("billing", typeof(BillingDbContext), typeof(BillingModule).Assembly, "Migrations")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<BillingDbContext>();
        var reconcile = configuration.GetSection(ReconcileOptions.Section);
        services.Configure<ReconcileOptions>(reconcile);
        var cron = reconcile.Get<ReconcileOptions>()?.Cron ?? PaymentReconcileJob.Cron;
        // The manifest is read when tenants activate, after this: the configured interval is the one scheduled.
        Manifest = Manifest with { Jobs = [.. Manifest.Jobs.Select(j => j.Name == PaymentReconcileJob.Name ? j with { Cron = cron } : j)] };
        services.AddScoped<TenantToday>();
        services.AddBillingPayments();
        services.AddBillingAutopay();
        services.AddBillingSummary();
        services.AddScoped<LedgerQuery>();
        services.AddScoped<ProductsBillingReport>();
        services.AddScoped<AccountingExportReport>();
        services.AddScoped<PaymentsReport>();
        services.AddScoped<IBillingLedger, BillingLedger>();
        services.AddScoped<IPurchaseCheckout, PurchaseCheckout>();
        services.AddBillingLedger();
    }

    public void MapApiV1(IEndpointRouteBuilder v1) => v1.MapBillingApiV1();
}
