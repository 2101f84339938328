using SelfCare.Platform.Data;
using SelfCare.Platform.Files;

namespace SelfCare.Host.Files;

internal static class FileServices
{
    /// <summary>Uploads for every module: metadata in each tenant's "files" schema, bytes on local disk under the tenant's folder.</summary>
    public static IServiceCollection AddSelfCareFiles(this IServiceCollection services)
    {
        services.AddTenantDbContext<FilesDbContext>();
        services.AddSingleton(FilesDbContext.Schema);
        services.AddSingleton<LocalDiskFileBlobStore>();
        services.AddSingleton<IFileBlobStore>(sp => sp.GetRequiredService<LocalDiskFileBlobStore>());
        services.AddScoped<IFileStore, TenantFileStore>();
        return services;
    }
}
