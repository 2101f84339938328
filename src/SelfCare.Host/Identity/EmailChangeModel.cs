namespace SelfCare.Host.Identity;

/// <summary>Model of "email-change": the link, sent to the new address, that confirms it.</summary>
internal sealed record EmailChangeModel(string UserName, string NewEmail, string ConfirmUrl);
