namespace SelfCare.Host.Email.Templates;

/// <summary>A template's three parts, compiled once and cached per (tenant, template, version).</summary>
internal sealed record CompiledEmailTemplate(CompiledPart Subject, CompiledPart Html, CompiledPart Text);
