using Microsoft.Extensions.DependencyInjection;

namespace SelfCare.Billing.Summary;

internal static class SummaryServices
{
    /// <summary>What the Summary page's billing boxes share within one request.</summary>
    public static IServiceCollection AddBillingSummary(this IServiceCollection services) =>
        services.AddScoped<SummaryLedger>().AddScoped<SummaryAccounts>().AddScoped<SummaryCache>();
}
