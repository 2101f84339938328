using SelfCare.Host.Email.Outbox;
using SelfCare.Host.Email.Sending;
using SelfCare.Host.Email.Settings;
using SelfCare.Host.Email.Templates;
using SelfCare.Host.Modules;
using SelfCare.Platform.Data;
using SelfCare.Platform.Email;
using SelfCare.Platform.Jobs;

namespace SelfCare.Host.Email;

internal static class EmailServices
{
    /// <summary>Templates (Handlebars, cached per tenant and version), the outbox in each tenant database, its dispatcher job, sender settings.</summary>
    public static IServiceCollection AddSelfCareEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));

        services.AddTenantDbContext<EmailDbContext>();
        services.AddSingleton(EmailDbContext.Schema);

        services.AddSingleton<EmailTemplateEngine>();
        services.AddSingleton(sp => new EmailTemplateCatalog(sp.GetRequiredService<ModuleCatalog>(), sp.GetRequiredService<EmailTemplateEngine>()));
        services.AddSingleton<CompiledTemplateCache>();
        services.AddSingleton<ThemeEmailLayouts>();
        services.AddHostedService<EmailCatalogCheck>();
        services.AddScoped<EmailTemplateStore>();
        services.AddScoped<EmailRenderer>();
        services.AddScoped<TenantPortalUrls>();
        services.AddScoped<EmailContextSource>();

        services.AddSingleton<OutboxMessageFactory>();
        services.AddScoped<IEmailComposer, EmailComposer>();
        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<OutboxAdministration>();
        services.AddScoped<TenantWelcomeSender>();

        services.AddSingleton<SmtpTransport>();
        services.AddScoped<EmailSettingsService>();
        services.AddSingleton<SmtpHostCheck>();
        services.AddScoped<OutboxAttachmentReader>();
        services.AddScoped<OutboxDispatcher>();
        services.AddTenantJob<OutboxDispatchJob>();
        return services;
    }
}
