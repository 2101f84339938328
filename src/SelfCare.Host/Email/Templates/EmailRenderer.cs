using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email.Templates;

/// <summary>Renders the current tenant's version of a template (cached compile) inside its theme's layout.</summary>
internal sealed class EmailRenderer(
    EmailTemplateStore store, CompiledTemplateCache cache, ThemeEmailLayouts layouts, EmailContextSource contexts,
    EmailTemplateEngine engine, ITenantContext tenantContext)
{
    public async Task<RenderedEmail> RenderAsync(CatalogedTemplate template, object model, CancellationToken ct)
    {
        var tenant = tenantContext.Current;
        var custom = await store.FindAsync(template.Name, ct);
        var compiled = custom is null
            ? cache.Default(template)
            : cache.Tenant(tenant.Id, template.Name, custom.Version, new EmailTemplateSource(custom.Subject, custom.HtmlBody, custom.TextBody));
        return Render(compiled, model, await contexts.GetAsync(ct), tenant.Theme);
    }

    /// <summary>Renders unsaved text on the template's sample model (previews, test sends); compiled for this call only.</summary>
    public async Task<RenderedEmail> PreviewAsync(CatalogedTemplate template, EmailTemplateSource source, CancellationToken ct) =>
        Render(engine.Compile(source), template.Definition.SampleModel, await contexts.GetAsync(ct), tenantContext.Current.Theme);

    private RenderedEmail Render(CompiledEmailTemplate compiled, object model, EmailContext context, string theme)
    {
        var budget = new RenderBudget(engine.Limits);
        var body = EmailRendering.RenderParts(compiled, model, context, budget);
        return EmailRendering.Wrap(body, layouts.For(theme), context, budget);
    }
}
