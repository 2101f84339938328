namespace SelfCare.Host.Email.Templates;

/// <summary>One {{...}} tag of a template: its text and where it starts (1-based line and column).</summary>
internal sealed record TemplateTag(string Text, string Content, int Line, int Column);
