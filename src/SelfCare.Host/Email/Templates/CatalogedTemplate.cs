using SelfCare.Platform.Email;

namespace SelfCare.Host.Email.Templates;

/// <summary>A registered template and who declared it: the platform (ModuleId null) or a module.</summary>
internal sealed record CatalogedTemplate(EmailTemplateDefinition Definition, string? ModuleId, string Owner)
{
    public string Name => Definition.Name;
    public EmailTemplateSource Defaults => new(Definition.Subject, Definition.HtmlBody, Definition.TextBody);
}
