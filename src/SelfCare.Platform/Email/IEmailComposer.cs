namespace SelfCare.Platform.Email;

/// <summary>Renders a named email template for the current tenant (its overrides, theme and branding).</summary>
public interface IEmailComposer
{
    /// <summary>
    /// A new outbox message, rendered and not yet saved. <paramref name="model"/> must be of the template's
    /// declared model type. Throws <see cref="EmailTemplateException"/> when the tenant's template fails to render.
    /// </summary>
    Task<OutboxMessage> ComposeAsync<TModel>(string template, TModel model, EmailRecipient to, CancellationToken cancellationToken = default)
        where TModel : class;
}
