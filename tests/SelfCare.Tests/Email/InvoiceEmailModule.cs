using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SelfCare.Platform.Email;
using SelfCare.Platform.Modules;

namespace SelfCare.Tests.Email;

/// <summary>A module (not discovered by the host: no assembly attribute) that declares an email in its manifest.</summary>
internal sealed class InvoiceEmailModule : IPortalModule
{
    public static readonly InvoiceEmail Sample = new("Bluegrass Health", "INV-1", 120m, new DateOnly(2026, 12, 1), InvoiceState.Open,
        [new InvoiceLine("Fiber", 120m)]);

    public ModuleManifest Manifest { get; } = new("Billing", "View & Pay Bills", "Invoices.")
    {
        EmailTemplates =
        [
            EmailTemplateDefinition.For("invoice-ready", "Sent when a new invoice is ready.", Sample,
                "Invoice {{number}} is ready", "<p>Dear {{customerName}}, invoice {{number}} of {{total}} is due {{dueOn}}.</p>",
                "Dear {{customerName}}, invoice {{number}} of {{total}} is due {{dueOn}}."),
        ],
    };

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
