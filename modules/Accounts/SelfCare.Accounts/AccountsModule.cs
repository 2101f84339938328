using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Api;
using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Figures;
using SelfCare.Accounts.Hierarchy;
using SelfCare.Accounts.Renames;
using SelfCare.Accounts.Search;
using SelfCare.Platform.Data;
using SelfCare.Platform.Modules;
using SelfCare.Platform.Security;
using SelfCare.Accounts.Tickets;
using SelfCare.Tickets.Contracts;

namespace SelfCare.Accounts;

internal sealed class AccountsModule : IPortalModule
{
    public const string Id = "Accounts";

    public ModuleManifest Manifest { get; } = new(Id, "Account Details",
        "Customer accounts with their parent/child hierarchy, and the Account Summary page.")
    {
        Tabs = [new NavigationTab("Account Details", "/accounts", 40)],
        Widgets = [new SummaryWidget("AccountSummary", 20)],
        SearchProviders = [typeof(AccountSearchProvider)],
        EmailTemplates = [RenameEmails.RequestedTemplate, RenameEmails.DecidedTemplate],
        Schemas = [new SchemaDescriptor("accounts", typeof(AccountsDbContext), typeof(AccountsModule).Assembly, "Migrations")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<AccountsDbContext>();
        services.AddScoped<IAccountHierarchy, AccountHierarchy>();
        services.AddScoped<IAccountProvisioning, AccountProvisioning>();
        services.AddScoped<IAccountDirectory, AccountDirectory>();
        services.AddScoped<AccountUpserts>();
        services.AddScoped<AccountRenames>();
        services.AddScoped<AccountFigures>();
        services.AddScoped<AccountGroups>();
        services.AddScoped<IAccountGroupProvisioning, AccountGroupProvisioning>();
        services.AddScoped<IAccountGroupDirectory, AccountGroupDirectory>();
        services.AddScoped<AccountSearchProvider>();
        services.AddScoped<IAccountReferences, AccountReferences>();
        services.AddScoped<ContactUpserts>();
        services.AddScoped<LocationUpserts>();
        services.AddScoped<ILocationDirectory, LocationDirectory>();
        services.AddScoped<IContactLocationProvisioning, ContactLocationProvisioning>();
        services.AddScoped<IBillingContacts, BillingContacts>();
        services.AddScoped<IBillingContactBook, BillingContactBook>();
        services.AddScoped<ITicketSubjectSource, ContactTicketSubjects>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAccountsApi();

    public void MapApiV1(IEndpointRouteBuilder v1)
    {
        v1.MapAccountsApiV1();
        v1.MapContactsLocationsApiV1();
    }
}
