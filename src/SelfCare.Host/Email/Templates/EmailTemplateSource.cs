namespace SelfCare.Host.Email.Templates;

/// <summary>The three texts of a template as written: a default or a tenant admin's version.</summary>
internal sealed record EmailTemplateSource(string Subject, string HtmlBody, string TextBody);
