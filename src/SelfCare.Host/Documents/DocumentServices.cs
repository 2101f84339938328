using SelfCare.Platform.Documents;

namespace SelfCare.Host.Documents;

internal static class DocumentServices
{
    /// <summary>Excel/CSV export and HTML-to-PDF printing, both singletons any module can inject by their contracts.</summary>
    public static IServiceCollection AddSelfCareDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfRendererOptions>(configuration.GetSection(PdfRendererOptions.Section));
        services.AddSingleton<ITableExporter, TableExporter>();
        services.AddSingleton<ChromiumBrowser>();
        services.AddSingleton<ChromiumPdfRenderer>();
        services.AddSingleton<IPdfRenderer>(sp => sp.GetRequiredService<ChromiumPdfRenderer>());
        return services;
    }
}
