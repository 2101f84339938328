namespace SelfCare.Host.Email.Templates;

/// <summary>Model of "test-message": sent by a tenant admin to check their mail settings.</summary>
internal sealed record TestMessageModel(string RecipientEmail, DateTime SentAt, string MailServer);
