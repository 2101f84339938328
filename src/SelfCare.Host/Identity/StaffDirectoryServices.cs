using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Security;

namespace SelfCare.Host.Identity;

internal static class StaffDirectoryServices
{
    public static IServiceCollection AddSelfCareStaffDirectory(this IServiceCollection services) =>
        services.AddScoped<IStaffDirectory, StaffDirectory>();
}
