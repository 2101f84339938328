using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.EntityFrameworkCore;
using Microsoft.FeatureManagement;
using SelfCare.Host.Api;
using SelfCare.Host.Demo;
using SelfCare.Host.Email;
using SelfCare.Host.Files;
using SelfCare.Host.Documents;
using SelfCare.Host.Features;
using SelfCare.Host.HostAdmin;
using SelfCare.Host.HostData;
using SelfCare.Host.Identity;
using SelfCare.Host.Jobs;
using SelfCare.Host.Modules;
using SelfCare.Host.Provisioning;
using SelfCare.Host.Reports;
using SelfCare.Host.Search;
using SelfCare.Host.Security;
using SelfCare.Host.Summary;
using SelfCare.Host.Tenancy;
using SelfCare.Host.Themes;
using SelfCare.Platform.Data;
using SelfCare.Platform.Modules;
using SelfCare.Platform.Reports;
using SelfCare.Platform.Security;
using SelfCare.Platform.Shell;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Hosting;

internal static class SelfCareServices
{
    /// <summary>Composes the platform: tenancy, modules, features, identity, themes and host administration.</summary>
    public static void AddSelfCare(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(SelfCareOptions.Section);
        services.Configure<SelfCareOptions>(section);
        var options = section.Get<SelfCareOptions>() ?? new SelfCareOptions();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DataPaths>();
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow);

        // Keys on the data folder (shared storage in production) so restarts and other nodes honour the same cookies.
        var keys = string.IsNullOrWhiteSpace(options.KeysPath)
            ? Path.Combine(DataRootOf(options, builder.Environment), "keys")
            : Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.KeysPath));
        services.AddDataProtection().SetApplicationName("SelfCare").PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddSelfCareForwardedHeaders(options);

        AddTenancy(services, options, builder.Environment);
        services.AddSelfCareJobs(builder.Configuration, DataRootOf(options, builder.Environment));
        services.AddSelfCareEmail(builder.Configuration);
        services.AddSelfCareDocuments(builder.Configuration);
        services.AddSelfCareFiles();
        services.AddSelfCareStaffDirectory();
        services.AddSelfCareUsers();
        AddModules(services, builder.Configuration);
        AddIdentity(services);
        AddThemesAndPages(services);
        services.AddSelfCareApi(builder.Configuration);
    }

    private static void AddTenancy(IServiceCollection services, SelfCareOptions options, IHostEnvironment environment)
    {
        services.AddSingleton<TenantDatabaseLocator>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantActivator>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<AccountScope>();
        services.AddScoped<IAccountScope>(sp => sp.GetRequiredService<AccountScope>());
        services.AddScoped<IUserScopeFactory, UserScopeFactory>();

        var hostDatabase = string.IsNullOrWhiteSpace(options.HostDatabase)
            ? new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(DataRootOf(options, environment), "host.db")}")
            : new DatabaseTarget(options.HostDatabaseProvider, options.HostDatabase);
        services.AddDbContext<HostDbContext>(o => o.UseDatabase(hostDatabase));
        services.AddScoped<HostBootstrapper>();
        services.AddScoped<TenantRequestValidator>();
        services.AddScoped<TenantProvisioning>();
        services.AddScoped<FeatureToggleService>();
        services.AddScoped<DemoSeeder>();
    }

    private static string DataRootOf(SelfCareOptions options, IHostEnvironment environment) =>
        Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.DataRoot));

    private static void AddModules(IServiceCollection services, IConfiguration configuration)
    {
        var catalog = ModuleCatalog.Discover();
        services.AddSingleton(catalog);
        foreach (var module in catalog.Modules)
            module.ConfigureServices(services, configuration);

        services.AddSingleton<IFeatureDefinitionProvider, ModuleFeatureDefinitions>();
        services.AddScopedFeatureManagement().AddFeatureFilter<TenantFeatureFilter>();
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddTenantDbContext<TenantPlatformDbContext>();
        services.AddSingleton(TenantPlatformDbContext.Schema);
        services.AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<TenantPlatformDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".selfcare.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.CookieManager = new TenantCookieManager();
            o.Events.OnValidatePrincipal = TenantPrincipalValidator.ValidateAsync;
            o.Events.OnRedirectToLogin = ApiAwareRedirects.ToLogin;
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirects.ToAccessDenied;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IDataProtectionProvider, IHttpContextAccessor>((o, protection, accessor) =>
                o.TicketDataFormat = new TenantTicketDataFormat(protection, accessor));

        services.AddAuthentication().AddCookie(HostOperatorAuth.Scheme, o =>
        {
            o.Cookie.Name = ".selfcare.host";
            o.Cookie.Path = "/host";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/host/login";
            o.AccessDeniedPath = "/host/login";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorizationBuilder().AddPolicy(HostOperatorAuth.Policy, p =>
            p.AddAuthenticationSchemes(HostOperatorAuth.Scheme).RequireAuthenticatedUser());

        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>();
        services.AddAntiforgery(o => o.Cookie.Name = ".selfcare.af");
    }

    private static void AddThemesAndPages(IServiceCollection services)
    {
        services.AddSingleton(ThemeCatalog.Discover());
        services.AddScoped<BrandingService>();
        services.AddScoped<IUploadedLogo, UploadedLogo>();
        services.AddScoped<IPortalShell, PortalShell>();
        services.AddScoped<PortalSearch>();
        services.AddSingleton<TenantDataVersion>();
        services.AddScoped<SummaryFragments>();
        services.AddScoped<IReportCatalog, ReportCatalog>();
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new ThemeViewLocationExpander()));
        services.AddRazorPages(o =>
        {
            o.Conventions.AddFolderRouteModelConvention("/Host", model =>
            {
                foreach (var selector in model.Selectors)
                    selector.EndpointMetadata.Add(EndpointAudience.HostOnly);
            });
            o.Conventions.AddPageRouteModelConvention("/Status", model =>
            {
                foreach (var selector in model.Selectors)
                    selector.EndpointMetadata.Add(EndpointAudience.Any);
            });
        });
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.ModelBinderProviders.Insert(0, new SafeBooleanBinderProvider()));
        services.AddOptions<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>()
            .Configure<ModuleCatalog>((o, catalog) =>
            {
                foreach (var module in catalog.Modules)
                {
                    var metadata = new ModuleEndpointMetadata(module.Manifest.Id);
                    o.Conventions.AddAreaFolderRouteModelConvention(module.Manifest.Id, "/", model =>
                    {
                        foreach (var selector in model.Selectors)
                            selector.EndpointMetadata.Add(metadata);
                    });
                }
            });
    }
}
