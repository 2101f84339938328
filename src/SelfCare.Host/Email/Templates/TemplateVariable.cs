namespace SelfCare.Host.Email.Templates;

/// <summary>A value a template may use, as written in the template, with what it holds; Depth indents list members.</summary>
internal sealed record TemplateVariable(string Expression, string Kind, int Depth);
