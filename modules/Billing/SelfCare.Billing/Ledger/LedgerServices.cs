using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Billing.Api;
using SelfCare.Billing.Bills;
using SelfCare.Billing.Contracts;
using SelfCare.Billing.Emails;
using SelfCare.Billing.Figures;
using SelfCare.Billing.Search;

namespace SelfCare.Billing.Ledger;

internal static class LedgerServices
{
    /// <summary>The bills pages, their downloads, the integration API, figures and search (the ledger's consumers).</summary>
    public static IServiceCollection AddBillingLedger(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IBillingProvisioning, BillingProvisioning>();
        services.AddScoped<InvoiceQuery>();
        services.AddScoped<StatementQuery>();
        services.AddScoped<BrandLogo>();
        services.AddScoped<InvoiceUpserts>();
        services.AddScoped<PaymentUpserts>();
        services.AddScoped<AdjustmentUpserts>();
        services.AddScoped<InvoiceReadyEmail>();
        services.AddScoped<InvoiceSearchProvider>();
        services.AddScoped<IAccountFigureSource, BillingFigures>();
        return services;
    }
}
