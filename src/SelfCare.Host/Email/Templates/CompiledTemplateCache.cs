using Microsoft.Extensions.Caching.Memory;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// Compiled templates, never compiled per send (Handlebars.Net #452). A tenant's own version is keyed by
/// (tenant, template, version); defaults are product code, shared by every tenant, keyed by template name.
/// </summary>
internal sealed class CompiledTemplateCache(IMemoryCache cache, EmailTemplateEngine engine)
{
    private static readonly TimeSpan Sliding = TimeSpan.FromHours(1);

    public CompiledEmailTemplate Default(CatalogedTemplate template) =>
        cache.GetOrCreate(("email-template-default", template.Name), entry =>
        {
            entry.SlidingExpiration = Sliding;
            return engine.Compile(template.Defaults);
        })!;

    public CompiledEmailTemplate Tenant(string tenantId, string name, int version, EmailTemplateSource source) =>
        cache.GetOrCreate(("email-template", tenantId, name, version), entry =>
        {
            entry.SlidingExpiration = Sliding;
            return engine.Compile(source);
        })!;
}
