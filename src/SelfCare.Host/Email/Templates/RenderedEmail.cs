namespace SelfCare.Host.Email.Templates;

/// <summary>A rendered email: one-line subject, HTML and plain-text bodies.</summary>
internal sealed record RenderedEmail(string Subject, string Html, string Text);
