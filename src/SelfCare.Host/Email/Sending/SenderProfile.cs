namespace SelfCare.Host.Email.Sending;

/// <summary>
/// How one tenant's mail leaves: the sender identity, and either a mail server or the folder that receives .eml
/// files (the embedded default). <see cref="Description"/> names the route for people, without secrets.
/// </summary>
internal sealed record SenderProfile(string FromAddress, string FromName, string? ReplyTo, SmtpServer? Server, string? PickupFolder, string Description);
