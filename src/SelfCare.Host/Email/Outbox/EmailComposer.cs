using SelfCare.Host.Email.Templates;
using SelfCare.Platform.Email;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email.Outbox;

/// <summary>Renders a named template for the current tenant into a new outbox message.</summary>
internal sealed class EmailComposer(EmailTemplateCatalog catalog, EmailRenderer renderer, OutboxMessageFactory factory, ITenantContext tenantContext)
    : IEmailComposer
{
    public async Task<OutboxMessage> ComposeAsync<TModel>(string template, TModel model, EmailRecipient to, CancellationToken cancellationToken = default)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(model);
        var entry = catalog.Find(template) ?? throw new ArgumentException($"There is no email template '{template}'.", nameof(template));
        if (model.GetType() != entry.Definition.ModelType)
            throw new ArgumentException($"The model of '{template}' is a {entry.Definition.ModelType.Name}, not a {model.GetType().Name}.", nameof(model));
        var rendered = await renderer.RenderAsync(entry, model, cancellationToken);
        return factory.Create(tenantContext.Current.Id, template, rendered, to);
    }
}
