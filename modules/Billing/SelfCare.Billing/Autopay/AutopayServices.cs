using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Jobs;

namespace SelfCare.Billing.Autopay;

internal static class AutopayServices
{
    public static IServiceCollection AddBillingAutopay(this IServiceCollection services)
    {
        services.AddScoped<AutopayEnrolments>();
        services.AddScoped<AutopayRunner>();
        services.AddScoped<AutopayStatusQuery>();
        services.AddScoped<Contracts.IAutopayProvisioning, AutopayProvisioning>();
        return services.AddTenantJob<AutopayJob>();
    }
}
