namespace SelfCare.Host.Email.Templates;

/// <summary>A theme's email layout, compiled: the HTML frame (logo, colours, footer) and the plain-text frame around a body.</summary>
internal sealed record EmailLayout(string Theme, CompiledPart Html, CompiledPart Text);
