namespace SelfCare.Host.Identity;

/// <summary>Model of "signup-requested": to the customer admins of the account someone asked to join.</summary>
internal sealed record SignUpRequestedModel(
    string RequesterName, string RequesterEmail, string? RequesterPhone, string AccountNumber, string AccountName, string? Message, string ReviewUrl);
