using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Data;
using SelfCare.Platform.Modules;
using SelfCare.Tickets.Api;
using SelfCare.Tickets.Contracts;
using SelfCare.Tickets.Data;
using SelfCare.Tickets.Emails;
using SelfCare.Tickets.Figures;
using SelfCare.Tickets.Reports;
using SelfCare.Tickets.Subjects;
using SelfCare.Tickets.Workflow;

namespace SelfCare.Tickets;

internal sealed class TicketsModule : IPortalModule
{
    public const string Id = "Tickets";

    // The shell has no "Create" menu, so tickets get a tab of their own; "Create a ticket" sits on it, on the Summary
    // box, and on a service's and an order's page.
    public ModuleManifest Manifest { get; } = new(Id, "Tickets",
        "Support tickets about an account, contact, order, service or another ticket: journal, attachments, staff queue and emails.")
    {
        DependsOn = ["Accounts"],
        Tabs = [new NavigationTab("Tickets", "/tickets", 55)],
        Widgets = [new SummaryWidget("TicketSummary", 35)],
        EmailTemplates = [TicketEmails.CustomerMessageTemplate, TicketEmails.StaffUpdateTemplate],
        Reports = [typeof(TicketsReport)],
        Schemas = [new SchemaDescriptor("tickets", typeof(TicketsDbContext), typeof(TicketsModule).Assembly, "Migrations")],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<TicketsDbContext>();
        services.AddScoped<TicketQuery>();
        services.AddScoped<TicketSubjects>();
        services.AddScoped<TicketRecipients>();
        services.AddScoped<TicketWorkflow>();
        services.AddScoped<TicketUpserts>();
        services.AddScoped<ITicketProvisioning, TicketProvisioning>();
        services.AddScoped<TicketObservers>();
        services.AddScoped<ITicketIntake, TicketIntake>();
        services.AddScoped<ITicketJournal, TicketJournalWriter>();
        services.AddScoped<ITicketDirectory, TicketDirectory>();
        services.AddScoped<IAccountFigureSource, TicketFigures>();
        services.AddScoped<TicketsReport>();
    }

    public void MapApiV1(IEndpointRouteBuilder v1) => v1.MapTicketsApiV1();
}
