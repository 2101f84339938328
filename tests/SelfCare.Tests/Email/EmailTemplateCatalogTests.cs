using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using SelfCare.Host.Email;
using SelfCare.Host.Email.Templates;
using SelfCare.Host.Modules;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Tests.Email;

/// <summary>Modules declare their emails in their manifest; a tenant's admin sees those of modules it has on.</summary>
public sealed class EmailTemplateCatalogTests
{
    private static TenantInfo Tenant(params string[] enabled) => new("t1", "T1", [], "t1", "Default", "UTC", TenantState.Running,
        new DatabaseTarget(DatabaseProvider.Sqlite, "Data Source=:memory:"),
        enabled.ToFrozenSet(StringComparer.OrdinalIgnoreCase), new[] { "Billing" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase), false);

    [Fact]
    public void Module_templates_come_from_the_manifest_and_show_only_where_the_module_is_on()
    {
        var catalog = new EmailTemplateCatalog(new ModuleCatalog([new InvoiceEmailModule()]), new EmailTemplateEngine(Options.Create(new EmailOptions())));

        var invoice = catalog.Find("invoice-ready");
        Assert.NotNull(invoice);
        Assert.Equal(("Billing", "View & Pay Bills", typeof(InvoiceEmail)), (invoice.ModuleId, invoice.Owner, invoice.Definition.ModelType));
        Assert.NotNull(catalog.Find(PlatformEmailTemplates.TenantWelcome));
        Assert.NotNull(catalog.Find(PlatformEmailTemplates.TestMessage));

        Assert.Contains(catalog.For(Tenant("Billing")), t => t.Name == "invoice-ready");
        var without = catalog.For(Tenant());
        Assert.DoesNotContain(without, t => t.Name == "invoice-ready");
        Assert.Contains(without, t => t.Name == PlatformEmailTemplates.TenantWelcome);
    }
}
