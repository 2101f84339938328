using System.Text.RegularExpressions;
using SelfCare.Host.Modules;
using SelfCare.Platform.Email;
using SelfCare.Platform.Tenancy;

namespace SelfCare.Host.Email.Templates;

/// <summary>
/// Every email template of the product: the platform's and each module's (from its manifest). Checked once at
/// start: a bad name, a duplicate, a model that is not a plain DTO or a default that does not compile or render
/// on its sample model stops the host with a message naming the template.
/// </summary>
internal sealed partial class EmailTemplateCatalog
{
    private readonly Dictionary<string, CatalogedTemplate> _byName = new(StringComparer.Ordinal);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,99}$")]
    private static partial Regex NamePattern();

    public EmailTemplateCatalog(ModuleCatalog modules, EmailTemplateEngine engine)
        : this(PlatformEmailTemplates.All.Select(d => new CatalogedTemplate(d, null, "Platform"))
            .Concat(modules.Modules.SelectMany(m => m.Manifest.EmailTemplates.Select(d => new CatalogedTemplate(d, m.Manifest.Id, m.Manifest.Name)))),
            engine)
    {
    }

    public EmailTemplateCatalog(IEnumerable<CatalogedTemplate> templates, EmailTemplateEngine engine)
    {
        foreach (var template in templates)
        {
            var problem = Validate(template, engine);
            if (problem is not null)
                throw new InvalidOperationException($"Email template '{template.Name}' of {template.Owner}: {problem}");
            _byName.Add(template.Name, template);
        }
    }

    public IReadOnlyCollection<CatalogedTemplate> All => _byName.Values;

    public CatalogedTemplate? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The templates a tenant's admin sees: the platform's and those of modules the tenant has on.</summary>
    public IReadOnlyList<CatalogedTemplate> For(TenantInfo tenant) =>
        [.. _byName.Values.Where(t => t.ModuleId is null || tenant.IsEnabled(t.ModuleId)).OrderBy(t => t.ModuleId is not null).ThenBy(t => t.Name)];

    private string? Validate(CatalogedTemplate template, EmailTemplateEngine engine)
    {
        var definition = template.Definition;
        if (!NamePattern().IsMatch(definition.Name ?? ""))
            return "the name must be 2 to 100 characters: lowercase letters, digits and dashes, starting with a letter.";
        if (_byName.TryGetValue(definition.Name!, out var other))
            return $"the name is already used by {other.Owner}.";
        if (string.IsNullOrWhiteSpace(definition.Description))
            return "give it a description for tenant admins.";
        if (EmailModelTypeCheck.Problem(definition.ModelType) is { } modelProblem)
            return "its model is refused: " + modelProblem;
        if (definition.SampleModel?.GetType() != definition.ModelType)
            return $"its sample model must be a {definition.ModelType.Name}.";
        try
        {
            var compiled = engine.Compile(template.Defaults);
            EmailRendering.RenderParts(compiled, definition.SampleModel, EmailRendering.SampleBrand, new RenderBudget(engine.Limits));
            return null;
        }
        catch (EmailTemplateException e)
        {
            return "its default does not work: " + e.Message;
        }
    }
}
