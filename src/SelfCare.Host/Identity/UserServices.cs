using Microsoft.AspNetCore.Identity;

namespace SelfCare.Host.Identity;

internal static class UserServices
{
    public static IServiceCollection AddSelfCareUsers(this IServiceCollection services)
    {
        services.AddScoped<AccessCodes>();
        services.AddScoped<SecurityAudit>();
        services.AddScoped<UserEmails>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<UserChanges>();
        services.AddScoped<Onboarding>();
        services.AddScoped<AccountOptionsStore>();
        services.AddScoped<UserApi>();
        services.AddScoped<PortalUserDirectory>();
        services.AddScoped<SelfCare.Platform.Security.IPortalUserDirectory>(sp => sp.GetRequiredService<PortalUserDirectory>());
        services.AddScoped<SelfCare.Billing.Contracts.IBillDeliveryPreferences>(sp => sp.GetRequiredService<AccountOptionsStore>());
        services.AddScoped<SelfCare.Host.Security.AccountSelection>();
        return services;
    }
}
