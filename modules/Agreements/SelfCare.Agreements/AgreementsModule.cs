using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Agreements.Alerts;
using SelfCare.Agreements.Api;
using SelfCare.Agreements.Data;
using SelfCare.Agreements.Ledger;
using SelfCare.Agreements.Provisioning;
using SelfCare.Agreements.Purchases;
using SelfCare.Agreements.Reports;
using SelfCare.Agreements.Tickets;
using SelfCare.Agreements.Time;
using SelfCare.Platform.Data;
using SelfCare.Platform.Jobs;
using SelfCare.Platform.Modules;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Agreements;

internal sealed class AgreementsModule : IPortalModule
{
    public const string Id = "Agreements";

    public ModuleManifest Manifest { get; } = new(Id, "Agreements",
        "Agreements per account (Master Services, Emergency Support, Help Desk, block hours) with a pre-paid hours ledger: purchases, time drawn per ticket, expiry, carry-over, low-balance alerts.")
    {
        DependsOn = ["Accounts", "Tickets"],
        Tabs = [new NavigationTab("Agreements", "/agreements", 58)],
        Widgets = [new SummaryWidget("AgreementBalances", 48)],
        EmailTemplates = [LowBalanceEmail.Definition],
        Jobs = [new RecurringJob(AgreementUpkeepJob.Name, typeof(AgreementUpkeepJob), AgreementUpkeepJob.Cron,
            "Agreements: each month's included hours, expiry and carry-over written to the ledger"),
            new RecurringJob(PurchaseSettleJob.Name, typeof(PurchaseSettleJob), PurchaseSettleJob.Cron,
                "Agreements: hours bought in the portal credited (or failed) once Billing settled a payment left Pending")],
        Reports = [typeof(SupportUsageReport), typeof(AgreementBalancesReport)],
        Schemas = [new SchemaDescriptor("agreements", typeof(AgreementsDbContext), typeof(AgreementsModule).Assembly, "Migrations")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<AgreementsDbContext>();
        services.AddScoped<TenantToday>();
        services.AddScoped<HoursLedger>();
        services.AddScoped<BalanceQuery>();
        services.AddScoped<DrawOrders>();
        services.AddScoped<Adjustments>();
        services.AddScoped<LowBalanceAlerts>();
        services.AddScoped<TimeLog>();
        services.AddScoped<PurchaseLedger>();
        services.AddScoped<PortalPurchases>();
        services.AddScoped<AgreementChoices>();
        services.AddScoped<TicketTiers>();
        services.AddScoped<AgreementUpserts>();
        services.AddScoped<PurchaseUpserts>();
        services.AddScoped<TimeEntryUpserts>();
        services.AddScoped<SupportUsageReport>();
        services.AddScoped<AgreementBalancesReport>();
        services.AddScoped<IAgreementProvisioning, AgreementProvisioning>();
        services.AddSingleton<ITicketPanel, AgreementsTicketPanel>();
        services.AddTenantJob<AgreementUpkeepJob>();
        services.AddTenantJob<PurchaseSettleJob>();
    }

    public void MapApiV1(IEndpointRouteBuilder v1) => v1.MapAgreementsApiV1();
}
