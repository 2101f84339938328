using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Gateway;
using SelfCare.Platform.Jobs;

namespace SelfCare.Billing.Payments;

internal static class PaymentsServices
{
    /// <summary>The gateways (Sandbox built in; another registers its own IPaymentGateway) and the payment services.</summary>
    public static IServiceCollection AddBillingPayments(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPaymentGateway, SandboxGateway>());
        services.AddScoped<PaymentGateways>();
        services.AddScoped<MethodTokenizer>();
        services.AddSingleton<MethodProtector>();
        services.AddScoped<BillingSettingsStore>();
        services.AddScoped<PaymentProcessor>();
        services.AddScoped<PayableQuery>();
        services.AddScoped<PaymentHistory>();
        services.AddScoped<PaymentReconciler>();
        services.AddTenantJob<PaymentReconcileJob>();
        return services;
    }
}
